export const WALL_CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const WALL_CLOCK_MESSAGE = (property: string) => `${property} must be a wall-clock time HH:mm (00:00–23:59)`;
