// WeChat's own browser (MicroMessenger in its user agent, on iOS and Android alike): downloads
// there may do nothing and nothing can be installed; a full browser can.
export function isWeChat(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent);
}

export function inWeChat(): boolean {
  return typeof navigator !== 'undefined' && isWeChat(navigator.userAgent);
}
