/** One key (or Ctrl/⌘ with a key) and what it does; `label` is how the shortcuts dialog lists it. */
export interface Shortcut {
  key: string;
  withCtrl?: boolean;
  label: string;
  run(): void;
}

/** A plain key typed into a field is text, not a command; only Ctrl/⌘ chords reach past a field. */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** While a dialog is open, the page behind it must not change under the receptionist's hands. */
const dialogOpen = (): boolean => document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;

const matches = (shortcut: Shortcut, event: KeyboardEvent): boolean =>
  event.key.toLowerCase() === shortcut.key.toLowerCase() &&
  (event.ctrlKey || event.metaKey) === Boolean(shortcut.withCtrl) &&
  !event.altKey;

/**
 * The shortcuts of whatever is on screen: the shell registers search and help, a page registers its own (the calendar's
 * day navigation) while it is mounted. The latest registration of a key wins, so a page can take over a key for a while.
 */
export class ShortcutRegistry {
  private shortcuts: Shortcut[] = [];
  private readonly listeners = new Set<() => void>();

  register(shortcuts: Shortcut[]): () => void {
    this.shortcuts = [...this.shortcuts, ...shortcuts];
    this.changed();
    return () => {
      this.shortcuts = this.shortcuts.filter((shortcut) => !shortcuts.includes(shortcut));
      this.changed();
    };
  }

  readonly list = (): Shortcut[] => this.shortcuts;

  readonly subscribe = (onChange: () => void): (() => void) => {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  };

  readonly handle = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing || dialogOpen()) return;
    if (isTyping(event.target) && !(event.ctrlKey || event.metaKey)) return;
    const shortcut = this.shortcuts.findLast((candidate) => matches(candidate, event));
    if (!shortcut) return;
    event.preventDefault();
    shortcut.run();
  };

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }
}
