import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import type { Shortcut } from './shortcut-registry';

const keyName = ({ key, withCtrl }: Shortcut): string => (withCtrl ? `Ctrl ${key.toUpperCase()}` : key);

/** One row per action, with every key that does it, in the order they were registered. */
const byAction = (shortcuts: Shortcut[]): Array<[string, string[]]> => {
  const keys = new Map<string, string[]>();
  shortcuts.forEach((shortcut) => keys.set(shortcut.label, [...(keys.get(shortcut.label) ?? []), keyName(shortcut)]));
  return [...keys];
};

export const ShortcutsDialog = ({ shortcuts, onClose }: { shortcuts: Shortcut[]; onClose(): void }) => (
  <Modal isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal">
    <Dialog className="dialog">
      <Heading slot="title">Keyboard shortcuts</Heading>
      <table className="shortcut-list">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {byAction(shortcuts).map(([label, keys]) => (
            <tr key={label}>
              <td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' or '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Letter keys do nothing while you type in a field.</p>
      <div className="dialog-actions">
        <Button onPress={onClose}>Close</Button>
      </div>
    </Dialog>
  </Modal>
);
