export interface TrainingLink {
  path: string;
  name: string;
  /** Shown only to the roles that read and manage everyone's training; the API refuses the rest with 403 anyway. */
  managersOnly: boolean;
}

export const TRAINING_LINKS: TrainingLink[] = [
  { path: '/training', name: 'My training', managersOnly: false },
  { path: '/training/compliance', name: 'Training compliance', managersOnly: true },
  { path: '/training/matrix', name: 'Training matrix', managersOnly: true },
  { path: '/training/requirements', name: 'Requirements', managersOnly: true },
];
