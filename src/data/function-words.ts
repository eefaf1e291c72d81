import { vocab } from './vocab.js';

// Function words per language, in one home: the commonest come first and are what language
// identification compares (`PROFILES`); all of them are what running text is full of and menus are not
// (jusText's stop-word density, which the body's prose score counts); the English ones are what
// keywords skip. Lists from frequency tables of news text; each word once.

export type Language = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'it' | 'nl' | 'id';

/** The commonest function words of each language: what language identification compares. */
export const PROFILES: Record<Language, string[]> = {
  // English
  en: vocab(`
the
and
of
to
in
is
that
it
was
for
on
with
as
by
at
from
he
she
they
have
has
had
not
this
be
are
were
said
`),
  // Spanish
  es: vocab(`
el
la
de
que
y
en
los
las
un
una
por
con
para
es
se
del
al
lo
como
más
pero
sus
`),
  // Portuguese
  pt: vocab(`
o
a
de
que
e
do
da
em
um
uma
para
com
não
os
as
no
na
se
mais
por
dos
das
ao
`),
  // French
  fr: vocab(`
le
la
les
de
des
et
un
une
du
en
que
qui
est
pour
dans
pas
sur
au
avec
ce
il
elle
`),
  // German
  de: vocab(`
der
die
das
und
ist
nicht
ein
eine
zu
den
von
mit
sich
auf
für
im
dem
des
auch
es
`),
  // Italian
  it: vocab(`
il
lo
la
di
che
e
un
una
per
non
con
del
della
sono
gli
le
nel
alla
è
`),
  // Dutch
  nl: vocab(`
de
het
een
van
en
in
is
dat
op
te
zijn
voor
met
niet
aan
er
ook
als
`),
  // Indonesian
  id: vocab(`
yang
dan
di
ini
itu
dengan
untuk
dari
dalam
tidak
ke
ada
akan
pada
juga
adalah
`),
};

/** More function words of each language, beyond its profile. */
const MORE: Record<Language, string[]> = {
  // English
  en: vocab(`
a
an
or
but
been
its
these
those
we
you
i
no
his
her
their
our
your
will
would
can
could
says
also
than
then
there
which
who
whom
what
when
where
while
after
before
into
about
over
under
being
should
may
might
must
say
more
most
other
some
such
only
own
same
so
too
very
just
one
two
three
it’s
whether
because
through
between
against
during
without
within
across
among
upon
both
each
few
many
much
any
all
every
again
further
once
here
why
how
up
down
out
off
above
below
until
s
t
`),
  // Spanish
  es: vocab(`
su
`),
  // Portuguese
  pt: vocab(`
nos
nas
`),
  // French
  fr: vocab(`
`),
  // German
  de: vocab(`
`),
  // Italian
  it: vocab(`
`),
  // Dutch
  nl: vocab(`
`),
  // Indonesian
  id: vocab(`
`),
};

/** Every function word of a language. */
export const functionWords = (lang: Language): string[] => [...PROFILES[lang], ...MORE[lang]];

/** Every function word of every language: what the body's prose score counts. */
export const ALL_FUNCTION_WORDS: string[] = (Object.keys(PROFILES) as Language[]).flatMap(functionWords);

/** The English function words, as a set: what a capitalised run ("The", "However") does not start with. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWords('en'));
