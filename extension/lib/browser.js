/**
 * The WebExtension API under one name.
 *
 * Firefox exposes the promise-based `browser`; Chrome exposes `chrome`, whose MV3 methods also
 * return promises when called without a callback. Every extension module imports `api` from here
 * instead of touching either global, so a difference between the browsers is handled once.
 */
export const api = globalThis.browser ?? globalThis.chrome;

/** Origin of our own pages (`chrome-extension://<id>/` or `moz-extension://<uuid>/`). */
export const extensionOrigin = api.runtime.getURL("");
