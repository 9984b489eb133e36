import { useMemo } from 'react';
import { refusedFieldsOf, wholeFormRefusal } from './refusals';
import { useRefusedFields } from './refused-fields';

interface FormRefusalWording {
  /** The refused fields under the names of the form's inputs; the API's own names and words unless said. */
  fieldsOf?(error: unknown): Record<string, string>;
  /** What the console could not read and did not send, said under its inputs instead of the service's last refusal. */
  typedWrong?: Record<string, string>;
  /** Said above the buttons, before the service's reason, when the refusal names no field: "The payer was not saved". */
  notDone?: string;
}

/**
 * A form's refusal: each refused field's word under its input until the person edits it (`errors` for the form,
 * `onInput` around its fields), and `problem`, a refusal no field explains, for above the buttons.
 */
export const useFormRefusal = (
  error: unknown,
  { fieldsOf = refusedFieldsOf, typedWrong, notDone }: FormRefusalWording = {},
) => {
  // One object per refusal, so that editing a refused field lifts its error; fieldsOf is read as the refusal came back.
  const served = useMemo(() => (error ? fieldsOf(error) : undefined), [error]);
  const { errors, onInput } = useRefusedFields(typedWrong ?? served);
  return { errors, onInput, problem: error && notDone && !typedWrong ? wholeFormRefusal(error, notDone) : undefined };
};
