// The system's share sheet for a file made on this device, where the browser has one for files
// (Safari on iOS: "Save to Files", Calendar, Notes…; there a download only opens the file in a
// new view). Nothing goes to a server.
export function fileOf(fileName: string, text: string, type: string): File {
  return new File([text], fileName, { type });
}

export function canShareFiles(file: File): boolean {
  try {
    return typeof navigator !== 'undefined' && navigator.canShare?.({ files: [file] }) === true;
  } catch {
    return false;
  }
}

/** Resolves to whether the file was handed over; closing the sheet is not a failure to report. */
export async function shareFile(file: File): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share({ files: [file] });
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
