import { useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { onFormData } from '../forms/form-data';
import { useSession } from '../session/session';
import { SignInRefusedError } from '../session/browser-session-api';

export const SignInPage = ({ expired }: { expired: boolean }) => {
  const { signIn } = useSession();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (form: FormData) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await signIn(String(form.get('email')), String(form.get('password')));
    } catch (error) {
      setProblem(
        error instanceof SignInRefusedError ? error.message : 'Praxis could not be reached. Try again in a moment.',
      );
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <h1>Sign in to Praxis</h1>
      {expired && <p role="status">Your session ended. Sign in again to carry on where you were.</p>}
      <Form onSubmit={onFormData((form) => void submit(form))}>
        <TextField name="email" type="email" autoComplete="username" isRequired>
          <Label>Email</Label>
          <Input />
          <FieldError />
        </TextField>
        <TextField name="password" type="password" autoComplete="current-password" isRequired>
          <Label>Password</Label>
          <Input />
          <FieldError />
        </TextField>
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        <Button type="submit" isPending={busy}>
          Sign in
        </Button>
      </Form>
    </main>
  );
};
