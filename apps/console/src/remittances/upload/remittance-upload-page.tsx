import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { UploadRefusal } from '../../claims/acknowledgements/acknowledgement-upload-page';
import { ClaimsPage } from '../../claims/claims-page';
import { RemittanceTransactionView } from '../remittance-transaction';
import { usePostRemittance, usePreviewRemittance, type RemittanceTransaction } from '../remittances-data';

const Transactions = ({ title, transactions }: { title: string; transactions: RemittanceTransaction[] }) => (
  <section aria-labelledby="remittance-file" className="remittance-file">
    <h2 id="remittance-file">{title}</h2>
    {transactions.map((transaction, index) => (
      <RemittanceTransactionView key={`${transaction.traceNumber}-${index}`} transaction={transaction} />
    ))}
  </section>
);

const postedInWords = (transactions: RemittanceTransaction[]): string => {
  const fresh = transactions.filter((transaction) => !transaction.duplicate);
  if (fresh.length === 0) return 'Every payment in this file was received before: nothing changed.';
  const held = fresh.filter((transaction) => !transaction.balanced).length;
  const received = transactions.length - fresh.length;
  return [
    `Posted ${fresh.length - held} of ${transactions.length} payments.`,
    held > 0 ? `${held} held: they do not balance.` : '',
    received > 0 ? `${received} received before: nothing changed for them.` : '',
  ]
    .filter(Boolean)
    .join(' ');
};

/**
 * An ERA received outside the clearinghouse's mailbox, read first without storing anything so the clerk sees what it
 * pays, then posted; the same file posted again changes nothing.
 */
export const RemittanceUploadPage = () => {
  const preview = usePreviewRemittance();
  const post = usePostRemittance();
  const [content, setContent] = useState<string>();
  const refusal = post.error ?? preview.error;

  return (
    <ClaimsPage title="Upload an ERA">
      <Form
        className="claim-form"
        aria-label="Upload an ERA"
        onSubmit={(event) => {
          event.preventDefault();
          if (content) preview.mutate(content);
        }}
      >
        <div className="field">
          <label htmlFor="remittance-file-input">An 835 file, as received</label>
          <input
            id="remittance-file-input"
            name="remittance"
            type="file"
            required
            accept=".x12,.edi,.txt,.835,.era,text/plain"
            onChange={(event) => {
              setContent(undefined);
              preview.reset();
              post.reset();
              void event.currentTarget.files?.[0]?.text().then(setContent);
            }}
          />
        </div>
        <div className="dialog-actions">
          <Button type="submit" isDisabled={!content || preview.isPending}>
            Preview the file
          </Button>
        </div>
      </Form>
      {refusal && <UploadRefusal error={refusal} notDone="The ERA was not posted" />}
      {preview.data && !post.data && (
        <>
          <div className="claim-actions">
            <Button className="primary" isDisabled={post.isPending} onPress={() => content && post.mutate(content)}>
              Post the ERA
            </Button>
          </div>
          <Transactions title="Preview: nothing is posted yet" transactions={preview.data.transactions} />
        </>
      )}
      {post.data && (
        <>
          <p role="status">{postedInWords(post.data.transactions)}</p>
          <Transactions title="What was posted" transactions={post.data.transactions} />
        </>
      )}
    </ClaimsPage>
  );
};
