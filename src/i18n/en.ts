/**
 * English UI strings. The keys of this dictionary define the dictionary type: the Turkish one
 * must have every key (a missing key is a type error).
 */
export const en = {
  'site.name': 'Mentoring Portal',
  'site.tagline': 'Mentoring for girls and women in technology: guides, data and findings',
  'site.description':
    'Programme guides, templates and outcome data of two mentoring programmes for girls and women in Türkiye, in English and Turkish.',
  'lang.name': 'English',
  'lang.switch': 'Türkçe',
  'lang.switchLabel': 'Bu sayfanın Türkçesi',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.programmes': 'Programmes',
  'nav.guides': 'Guides',
  'nav.impact': 'Data',
  'nav.schools': 'Schools',
  'nav.about': 'About the data',
  'nav.search': 'Search',
  'skip.link': 'Skip to content',
  'search.label': 'Search the site',
  'search.placeholder': 'Search',
  'search.submit': 'Search',
  'search.noJs': 'Search needs JavaScript. Browse all pages instead:',
  'footer.licence': 'Content under CC BY 4.0. Code under the MIT licence.',
  'footer.source': 'How to use this for your programme',
  'footer.data': 'About the data',
  'footer.synthetic':
    'The numbers on this site come from a synthetic sample dataset made up for demonstration.',
  'root.title': 'Mentoring Portal — choose your language',
  'root.intro': 'Guides, data and findings from mentoring programmes for girls and women.',
  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist. It may have moved.',
  'notFound.home': 'Go to the home page',
  'home.title': 'Mentoring for girls and women in technology',
  'home.lead':
    'Two mentoring programmes in Türkiye: one for high-school girls interested in STEM careers, one for women in business. This portal explains how they work, how to run your own, and what changed for participants.',
  'home.programmes': 'The programmes',
  'home.audiences': 'What are you looking for?',
  'home.partners.title': 'Join as a school, company or mentor',
  'home.partners.body': 'What each programme asks of you, what you get, and how to take part.',
  'home.replicators.title': 'Run the model yourself',
  'home.replicators.body':
    'Step-by-step guides, session plans, forms and data templates you can adapt.',
  'home.funders.title': 'See the numbers',
  'home.funders.body':
    'Reach, participation and self-reported change within the groups, with every figure downloadable.',
  'home.readMore': 'Read more',
  'programme.mwm-high-school.name': 'Million Women Mentors: High School Programme',
  'programme.mwm-high-school.summary':
    'Six weekly group sessions in which professionals from science, technology, engineering and mathematics meet girls aged 15–18 at their school.',
  'programme.ses-women-in-business.name': 'SES Women in Business Mentorship Programme',
  'programme.ses-women-in-business.summary':
    'One-to-one pairs of women in business, matched on shared interests, who meet four times over two months.',
  'page.lastReviewed': 'Last reviewed',
  'page.sources': 'Sources',
  'page.onThisPage': 'On this page',
  'page.otherLanguage': 'This page in Turkish',
  'synthetic.banner':
    'Synthetic data: the numbers on this page come from an invented sample, not from real participants.',
} as const;

export type UiKey = keyof typeof en;
