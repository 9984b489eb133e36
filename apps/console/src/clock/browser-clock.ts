import { useSyncExternalStore } from 'react';

/** Often enough that waiting times count up and passing starts turn to "past" while a screen is left open. */
const TICK_MS = 15_000;

let now = new Date();
const listeners = new Set<() => void>();
let timer: number | undefined;

const tick = () => {
  now = new Date();
  listeners.forEach((listener) => listener());
};

const subscribe = (onTick: () => void) => {
  listeners.add(onTick);
  if (listeners.size === 1) timer = window.setInterval(tick, TICK_MS);
  return () => {
    listeners.delete(onTick);
    if (listeners.size === 0) window.clearInterval(timer);
  };
};

/** Nothing has kept the reading fresh while no screen drew "now", so the first screen to draw it again reads anew. */
const reading = (): Date => {
  if (listeners.size === 0 && Date.now() - now.getTime() >= TICK_MS) now = new Date();
  return now;
};

/**
 * The browser's clock as every screen draws "now" from it: one reading, taken again on one timer, so the screens shown
 * together agree on the time (what is past, what is today, how long someone has waited).
 */
export const useNow = (): Date => useSyncExternalStore(subscribe, reading);
