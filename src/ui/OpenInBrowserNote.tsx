// A short line beside a download, shown only in WeChat: where to find the full browser.
import { inWeChat } from './in-app-browser';

export function OpenInBrowserNote({ text }: { readonly text: string }) {
  if (!inWeChat()) return null;
  return <p className="muted open-in-browser">{text}</p>;
}
