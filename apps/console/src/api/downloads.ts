/** A file the API sends only with the bearer token, so a plain link cannot fetch it: fetch it, then hand it over. */
export const saveAs = (file: Blob, fileName: string) => {
  const url = URL.createObjectURL(file);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // The browser has taken the file once the click returns; the address is only needed for that.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
