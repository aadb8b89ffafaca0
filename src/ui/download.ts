// Saves text as a file on the device: a Blob and a temporary link. Nothing goes to a server.
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns; revoke once they have had the chance.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
