// @vitest-environment jsdom
// "Share" beside a download: only where the browser can share a file; the file it hands over is
// the one the download would save; a closed share sheet says nothing, a failure says so.
import { fireEvent, render, screen } from '@testing-library/react';
import letters from '../../locales/zh-CN/letters.json';
import { ShareFileButton } from '../../src/ui/ShareFileButton';

const words = letters.ui;

function renderButton() {
  return render(
    <ShareFileButton
      label={words.share}
      failed={words.share_failed}
      fileName="信.txt"
      type="text/plain;charset=utf-8"
      text={() => '正文'}
    />,
  );
}

function withShare(canShare: boolean, share: (data: ShareData) => Promise<void>) {
  const mock = vi.fn(share);
  Object.assign(navigator, { canShare: () => canShare, share: mock });
  return mock;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'canShare');
  Reflect.deleteProperty(navigator, 'share');
});

describe('share a file', () => {
  it('is not offered where the browser cannot share files', () => {
    const { container } = renderButton();
    expect(container).toBeEmptyDOMElement();
    withShare(false, () => Promise.resolve());
    const again = renderButton();
    expect(again.container).toBeEmptyDOMElement();
  });

  it('hands over the file, named and typed as the download would be', async () => {
    const share = withShare(true, () => Promise.resolve());
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: words.share }));
    await vi.waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    const [file] = (share.mock.calls[0]?.[0] as ShareData).files ?? [];
    expect(file?.name).toBe('信.txt');
    expect(file?.type).toBe('text/plain;charset=utf-8');
    expect(await file?.text()).toBe('正文');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says nothing when the sheet is closed, and says so when sharing fails', async () => {
    const closed = withShare(true, () => Promise.reject(new DOMException('closed', 'AbortError')));
    const { unmount } = renderButton();
    fireEvent.click(screen.getByRole('button', { name: words.share }));
    await vi.waitFor(() => expect(closed).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).toBeNull();
    unmount();

    withShare(true, () => Promise.reject(new DOMException('no', 'NotAllowedError')));
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: words.share }));
    expect(await screen.findByRole('alert')).toHaveTextContent(words.share_failed);
  });
});
