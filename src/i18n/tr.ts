import type { UiKey } from './en.ts';

/** Turkish UI strings: every English key is required. */
export const tr: Record<UiKey, string> = {
  'site.name': 'Mentorluk Portalı',
  'site.tagline':
    'Teknolojide kız çocukları ve kadınlar için mentorluk: rehberler, veriler, bulgular',
  'site.description':
    'Türkiye’de kız çocukları ve kadınlar için yürütülen iki mentorluk programının uygulama rehberleri, şablonları ve sonuç verileri; Türkçe ve İngilizce.',
  'lang.name': 'Türkçe',
  'lang.switch': 'English',
  'lang.switchLabel': 'This page in English',
  'nav.label': 'Ana menü',
  'nav.home': 'Ana sayfa',
  'nav.programmes': 'Programlar',
  'nav.guides': 'Rehberler',
  'nav.impact': 'Veriler',
  'nav.schools': 'Okullar',
  'nav.about': 'Veriler hakkında',
  'nav.search': 'Ara',
  'skip.link': 'İçeriğe geç',
  'search.label': 'Sitede ara',
  'search.placeholder': 'Ara',
  'search.submit': 'Ara',
  'search.noJs': 'Arama için JavaScript gerekir. Bunun yerine tüm sayfalara göz atın:',
  'footer.licence': 'İçerik CC BY 4.0, kod MIT lisansıyla paylaşılmaktadır.',
  'footer.source': 'Kendi programınızda nasıl kullanırsınız?',
  'footer.data': 'Veriler hakkında',
  'footer.synthetic':
    'Bu sitedeki sayılar, tanıtım amacıyla üretilmiş sentetik bir örnek veri setinden gelmektedir.',
  'root.title': 'Mentorluk Portalı — dilinizi seçin',
  'root.intro':
    'Kız çocukları ve kadınlar için mentorluk programlarından rehberler, veriler ve bulgular.',
  'notFound.title': 'Sayfa bulunamadı',
  'notFound.body': 'Aradığınız sayfa yok. Başka bir adrese taşınmış olabilir.',
  'notFound.home': 'Ana sayfaya dön',
  'home.title': 'Teknolojide kız çocukları ve kadınlar için mentorluk',
  'home.lead':
    'Türkiye’de iki mentorluk programı: biri STEM kariyerlerini merak eden lise öğrencisi kızlar, diğeri iş dünyasındaki kadınlar için. Bu portal programların nasıl işlediğini, kendi programınızı nasıl yürütebileceğinizi ve katılımcılar için nelerin değiştiğini anlatıyor.',
  'home.programmes': 'Programlar',
  'home.audiences': 'Ne arıyorsunuz?',
  'home.partners.title': 'Okul, şirket ya da mentor olarak katılın',
  'home.partners.body':
    'Her programın sizden beklentileri, size kazandırdıkları ve nasıl katılacağınız.',
  'home.replicators.title': 'Modeli kendiniz uygulayın',
  'home.replicators.body':
    'Adım adım uygulama rehberleri, oturum planları, formlar ve uyarlayabileceğiniz veri şablonları.',
  'home.funders.title': 'Rakamları inceleyin',
  'home.funders.body':
    'Erişim, katılım ve gruplarda katılımcıların kendi beyanına dayalı değişim; her rakam indirilebilir.',
  'home.readMore': 'Devamını okuyun',
  'programme.mwm-high-school.name': 'Milyon Kadına Mentor: Lise Programı',
  'programme.mwm-high-school.summary':
    'Fen, teknoloji, mühendislik ve matematik alanlarından profesyonellerin 15–18 yaşındaki kız öğrencilerle okullarında buluştuğu, altı hafta süren haftalık grup oturumları.',
  'programme.ses-women-in-business.name': 'SES İş Dünyasında Kadın Mentörlük Programı',
  'programme.ses-women-in-business.summary':
    'Ortak ilgi alanlarına göre eşleştirilen, iş dünyasından kadınların iki ayda dört kez buluştuğu birebir mentorluk.',
  'page.lastReviewed': 'Son gözden geçirme',
  'page.sources': 'Kaynaklar',
  'page.onThisPage': 'Bu sayfada',
  'page.otherLanguage': 'Bu sayfanın İngilizcesi',
  'synthetic.banner':
    'Sentetik veri: Bu sayfadaki sayılar gerçek katılımcılardan değil, uydurulmuş bir örnek veri setinden gelmektedir.',
};
