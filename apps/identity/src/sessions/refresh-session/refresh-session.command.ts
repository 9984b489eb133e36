/** The refresh token itself names the clinic, so there is no tenant or actor to carry: only the instant and the token. */
export interface RefreshSessionCommand {
  now: Date;
  refreshToken: string;
}
