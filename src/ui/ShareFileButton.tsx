// "Share" beside a download, only where the browser can share a file: on an iPhone the way to put
// a calendar file in Calendar, or a letter in Files or a chat.
import { useState } from 'react';
import { canShareFiles, fileOf, shareFile } from './share-file';

export interface ShareFileButtonProps {
  readonly label: string;
  /** Said when the share sheet could not take the file. */
  readonly failed: string;
  readonly fileName: string;
  readonly type: string;
  /** The file's text, made when pressed. */
  readonly text: () => string;
}

export function ShareFileButton({ label, failed, fileName, type, text }: ShareFileButtonProps) {
  const [supported] = useState(() => canShareFiles(fileOf(fileName, '', type)));
  const [status, setStatus] = useState('');
  if (!supported) return null;
  const share = async () => {
    setStatus('');
    if ((await shareFile(fileOf(fileName, text(), type))) === 'failed') setStatus(failed);
  };
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => void share()}>
        {label}
      </button>
      {status && (
        <p className="form-status" role="alert">
          {status}
        </p>
      )}
    </>
  );
}
