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

/**
 * Car makers, as they open a model's name ("Toyota Camry", "Tesla Model S"). Alone each is a
 * company and stays one; only before a model of the lists below is the whole name a product.
 */
export const CAR_MAKERS = vocab(`
Toyota
Honda
Ford
Chevrolet
Chevy
Nissan
Hyundai
Kia
Volkswagen
VW
Subaru
Mazda
Jeep
Tesla
BMW
Audi
Porsche
Mercedes-Benz
Mercedes
Lexus
Dodge
GMC
Buick
Cadillac
Volvo
`);

/**
 * Car models that name nothing else, so they are products alone too: the training pages have
 * them as people ("Prius", "Jetta Hybrid"), places ("Elantra", "Corolla") and companies
 * ("Camry"), on reviews, recalls and sales reports of many sites.
 */
export const CAR_MODELS = vocab(`
Camry
Corolla
Prius
RAV4
CR-V
Altima
Sentra
Maxima
Elantra
Jetta
Passat
Tiguan
Silverado
F-150
Mustang        # also a horse, in lower case; as a name the car (or the aircraft, a product too)
`);

/**
 * Car models that are also words, places or people ("Tacoma", "Civic", "Leaf", "Focus"): a product
 * only after their maker ("Toyota Tacoma", "Nissan Leaf").
 */
export const CAR_MODELS_AFTER_MAKER = vocab(`
Tacoma
Tundra
Highlander
Sienna
Civic
Accord
Pilot
Odyssey
Leaf
Focus
Fusion
Explorer
Escape
Ranger
Bronco
Beetle
New Beetle
Golf
Wrangler
Cherokee
Grand Cherokee
Outback
Forester
Impreza
Sonata
Tucson
Santa Fe
Volt
Bolt
Model S
Model 3
Model X
Model Y
Cayenne
`);
