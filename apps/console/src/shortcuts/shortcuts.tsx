import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ShortcutRegistry, type Shortcut } from './shortcut-registry';
import { ShortcutsDialog } from './shortcuts-dialog';
import './shortcuts.css';

interface Shortcuts {
  registry: ShortcutRegistry;
  showShortcuts(): void;
}

const ShortcutsContext = createContext<Shortcuts | undefined>(undefined);

const useShortcutsContext = (): Shortcuts => {
  const context = useContext(ShortcutsContext);
  if (!context) throw new Error('keyboard shortcuts are used outside ShortcutsProvider');
  return context;
};

/** Listens for shortcuts on the whole window and lists them in a dialog opened by `?`. */
export const ShortcutsProvider = ({ children }: { children: ReactNode }) => {
  const [registry] = useState(() => new ShortcutRegistry());
  const [listing, setListing] = useState(false);
  const registered = useSyncExternalStore(registry.subscribe, registry.list);

  useEffect(() => {
    window.addEventListener('keydown', registry.handle);
    return () => window.removeEventListener('keydown', registry.handle);
  }, [registry]);

  return (
    <ShortcutsContext.Provider value={{ registry, showShortcuts: () => setListing(true) }}>
      <ShortcutsInUse shortcuts={[{ key: '?', label: 'Show keyboard shortcuts', run: () => setListing(true) }]} />
      {children}
      {listing && <ShortcutsDialog shortcuts={registered} onClose={() => setListing(false)} />}
    </ShortcutsContext.Provider>
  );
};

const ShortcutsInUse = ({ shortcuts }: { shortcuts: Shortcut[] }) => {
  useShortcuts(shortcuts);
  return null;
};

/**
 * Registers shortcuts while the calling component is mounted. Keys and labels are read once per change of either; `run` is
 * always the latest one passed, so callers need not memoise their handlers.
 */
export const useShortcuts = (shortcuts: Shortcut[]): void => {
  const { registry } = useShortcutsContext();
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  const signature = shortcuts.map(({ key, withCtrl, label }) => `${withCtrl ? 'ctrl+' : ''}${key}:${label}`).join('|');
  useEffect(
    () =>
      registry.register(
        latest.current.map(({ key, withCtrl, label }, index) => ({
          key,
          withCtrl,
          label,
          run: () => latest.current[index]?.run(),
        })),
      ),
    [registry, signature],
  );
};

/** For a visible button that does what a shortcut does. */
export const useShowShortcuts = (): (() => void) => useShortcutsContext().showShortcuts;
