/** The refresh token itself names the clinic, so there is no tenant or actor to carry: only the instant and the token. */
export interface LogoutCommand {
  now: Date;
  refreshToken: string;
}
