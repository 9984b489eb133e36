/** Logging in comes before the clinic is known: there is no tenant or actor yet, only the instant and the credentials. */
export interface LoginCommand {
  now: Date;
  email: string;
  password: string;
}
