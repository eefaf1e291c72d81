import { vocab } from './vocab.js';

/**
 * Well-known products (software, devices, consoles), which the news corpora leave unmarked (CoNLL
 * counts them miscellaneous; the whole-page gold says "products are not entities"): the tagger
 * reads "Firefox" as a person and "Internet Explorer" as a company. A name that is one of these,
 * with or without a model after it ("iPhone 11", "Xbox One X", "PlayStation VR"), is no name.
 * Left out because they also name people, places or companies, or are plain words: Edge, Opera,
 * Office, Word, Alexa, Siri, Echo, Galaxy, Pixel, Surface, Apple, Google, Amazon; and services that
 * are also their companies (YouTube, WhatsApp, Netflix).
 */
export const PRODUCTS = vocab(`
Internet Explorer
Firefox
Mozilla Firefox
Google Chrome
Chrome
Safari
Windows
Android
iOS
macOS
Linux
iPhone
iPad
iPod
iMac
MacBook
MacBook Pro
MacBook Air
Apple Watch
AirPods
Kindle
PlayStation
Xbox
Nintendo Switch
Wii
Game Boy
Walkman
Chromecast
Photoshop
PowerPoint
`);
