export const calendarEntities = [];
