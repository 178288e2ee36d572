/**
 * CAPTCHA challenges (Kaptcha PNGs) bound to an action and an article, valid once, stored as keyed hashes in
 * {@code captcha_challenge} so every node can check them. Knows nothing of comments beyond the action name.
 */
package org.inkstone.captcha;
