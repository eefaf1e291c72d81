import { vocab } from './vocab.js';

/**
 * Common nouns written in capitals: a reader knows them as things, never as an organisation, a
 * person or a place, when they stand alone ("the new SUV", "a CEO", "after the IPO"). Left out
 * because they also abbreviate names: AI (Amnesty International), PR (Puerto Rico), OK
 * (Oklahoma), IT, AM, PM, HR.
 */
export const COMMON_ACRONYMS = vocab(`
SUV
GDP
IPO
CEO
CFO
COO
CTO
DNA
RNA
GPS
ATM
VIP
FAQ
HQ
ASAP
LED
LCD
USB
VR
AR         # augmented reality; a state is written Ark. or AR only in addresses
PC
TV
HDTV
DVD
DIY
MVP
RSVP
PIN
PDF
URL
SMS
MP3
UFO
# Computing and the web: on the training pages the tagger made organisations of them on tech pages.
OS
API
HTML
CSS
XML
XHTML
JSON
SQL
HTTP
SSL
RSS
GUI
UI
UX
IDE
CPU
GPU
RAM
ROM
DSL
LTE
VPN
PDA
HD
CD
SEO
LOL
IMHO
# Business, health and public life
ROI
MBA
LLC
NGO
HMO
MRI
ECG
ADHD
PTSD
BBQ
VP         # a title: "the VP said"
MP         # a title: "the MP for Leeds"
DA         # district attorney
`);
