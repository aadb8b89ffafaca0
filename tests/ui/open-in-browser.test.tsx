// @vitest-environment jsdom
// In WeChat's own browser, a line beside a download says where the full browser is; elsewhere,
// nothing.
import { render, screen } from '@testing-library/react';
import letters from '../../locales/zh-CN/letters.json';
import { isWeChat } from '../../src/ui/in-app-browser';
import { OpenInBrowserNote } from '../../src/ui/OpenInBrowserNote';

const WECHAT_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
const SAFARI_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

function withUserAgent(userAgent: string) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
}

afterEach(() => vi.restoreAllMocks());

describe('open in the browser', () => {
  it('knows WeChat by its user agent', () => {
    expect(isWeChat(WECHAT_IOS)).toBe(true);
    expect(isWeChat(SAFARI_IOS)).toBe(false);
  });

  it('shows its line in WeChat', () => {
    withUserAgent(WECHAT_IOS);
    render(<OpenInBrowserNote text={letters.ui.open_in_browser} />);
    expect(screen.getByText(letters.ui.open_in_browser)).toBeInTheDocument();
    expect(letters.ui.open_in_browser.startsWith('在浏览器中打开')).toBe(true);
  });

  it('shows nothing in a full browser', () => {
    withUserAgent(SAFARI_IOS);
    const { container } = render(<OpenInBrowserNote text={letters.ui.open_in_browser} />);
    expect(container).toBeEmptyDOMElement();
  });
});
