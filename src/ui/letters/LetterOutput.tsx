import { useState } from 'react';
import type { LettersStrings } from '../../i18n/lazy-bundles';
import type { Language } from '../../i18n/languages';
import { copyText } from '../copy-text';
import { downloadText } from '../download';
import { OpenInBrowserNote } from '../OpenInBrowserNote';
import { ShareFileButton } from '../ShareFileButton';

export interface LetterOutputProps {
  readonly strings: LettersStrings['ui'];
  readonly title: string;
  readonly text: string;
  readonly edited: boolean;
  readonly language: Language;
  readonly onEdit: (text: string) => void;
  readonly onRegenerate: () => void;
}

/** The letter itself: editable, and ready to copy, download or print. */
export function LetterOutput({
  strings,
  title,
  text,
  edited,
  language,
  onEdit,
  onRegenerate,
}: LetterOutputProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus('');
    setStatus((await copyText(text)) ? strings.copied : strings.copy_failed);
  };
  return (
    <section className="letter-output" aria-labelledby="letter-text-heading">
      <h2 id="letter-text-heading">{strings.text_heading}</h2>
      <label className="field-label" htmlFor="letter-text">
        {strings.text_label}
      </label>
      <textarea
        id="letter-text"
        className="letter-text"
        lang={language}
        value={text}
        rows={18}
        spellCheck={false}
        aria-describedby={edited ? 'letter-edited' : undefined}
        onChange={(event) => onEdit(event.target.value)}
      />
      {edited && (
        <div className="notice" id="letter-edited">
          <p>{strings.edited}</p>
          <button type="button" className="button-link" onClick={onRegenerate}>
            {strings.regenerate}
          </button>
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          {strings.copy}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => downloadText(`${title}.txt`, `\uFEFF${text}`, 'text/plain;charset=utf-8')}
        >
          {strings.download}
        </button>
        <ShareFileButton
          label={strings.share}
          failed={strings.share_failed}
          fileName={`${title}.txt`}
          type="text/plain;charset=utf-8"
          text={() => `\uFEFF${text}`}
        />
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {strings.print}
        </button>
      </div>
      <OpenInBrowserNote text={strings.open_in_browser} />
      <p className="form-status" role="status">
        {status}
      </p>
      <div className="print-only letter-print" lang={language}>
        {text}
      </div>
    </section>
  );
}
