/**
 * How a name is searched and compared: without case or accents, so "jose" finds "José" and
 * "NUNEZ" is a possible duplicate of "Núñez".
 */
export const nameKey = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
