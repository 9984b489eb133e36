import { useMemo, useState, type FormEvent } from 'react';

/**
 * The service's word on each refused field, until the person edits that field. React Aria drops a server error only when
 * the field loses focus, and by then the browser has already refused the click on submit that took the focus away.
 */
export const useRefusedFields = (refused: Record<string, string> | undefined) => {
  const [edited, setEdited] = useState({ since: refused, names: new Set<string>() });
  const names = edited.since === refused ? edited.names : new Set<string>();
  const errors = useMemo(
    () => refused && Object.fromEntries(Object.entries(refused).filter(([name]) => !names.has(name))),
    [refused, names],
  );
  const onInput = (event: FormEvent<HTMLElement>) => {
    const { name } = event.target as HTMLInputElement;
    if (refused?.[name] && !names.has(name)) setEdited({ since: refused, names: new Set(names).add(name) });
  };
  return { errors, onInput };
};
