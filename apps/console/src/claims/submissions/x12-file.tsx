import { useState } from 'react';
import { Button } from 'react-aria-components';
import { saveAs } from '../../api/downloads';
import { useSubmissionFile } from './submissions-data';

/** An X12 file is one line of segments; shown, each segment starts a line of its own (the bytes are left alone). */
const segmentsOnLines = (x12: string): string => {
  const terminator = x12.charAt(105);
  return terminator
    ? x12
        .replaceAll(/(\r?\n)+/g, '')
        .split(terminator)
        .join(`${terminator}\n`)
    : x12;
};

/** The 837P exactly as it was sent: read here, or saved as the same bytes. */
export const X12File = ({ submissionId, fileName }: { submissionId: string; fileName: string }) => {
  const [isShown, setShown] = useState(false);
  const [text, setText] = useState<string>();
  const file = useSubmissionFile(submissionId);
  const fileNow = async () => file.data ?? (await file.refetch()).data;

  const show = async () => {
    const blob = await fileNow();
    if (blob) setText(await blob.text());
    setShown(true);
  };
  const save = async () => {
    const blob = await fileNow();
    if (blob) saveAs(blob, fileName);
  };

  return (
    <section aria-labelledby="x12-file">
      <h2 id="x12-file">The file as sent</h2>
      <div className="claim-actions">
        <Button onPress={() => (isShown ? setShown(false) : void show())}>
          {isShown ? 'Hide the X12' : 'View the X12'}
        </Button>
        <Button onPress={() => void save()}>Download the X12</Button>
      </div>
      {file.error && <p role="alert">The file could not be read. Try again.</p>}
      {isShown && text !== undefined && (
        <pre className="x12-file" role="region" tabIndex={0} aria-label="The 837P file as sent">
          {segmentsOnLines(text)}
        </pre>
      )}
    </section>
  );
};
