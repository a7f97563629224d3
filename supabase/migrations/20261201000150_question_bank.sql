-- RechtOp question bank for the rights scan ("rechtenscan").
--
-- One row per question; municipalities pick questions from this bank for a scan. Themes are the ten
-- themes of the children's-rights coalition's monitor, in the monitor's order (position 1..N).
-- Texts are in all six locales (nl source; en, ar, uk, tr, pl). `text` is the question for young
-- people 8-18, `parent_text` the same question for parents and carers (formal "u"); 'parent' is in
-- `age_bands` exactly when `parent_text` is set. Questions about exploitation, youth justice and the
-- details of asylum and mental health are only for 12-18 (or 16-18). No question asks about the
-- respondent's own crimes, legal status, abuse or anything identifying; open questions ask for no names.
--
-- Kinds: smiley5 = agreement with a statement (5-point smiley scale); yes_no_unsure = yes / no / not
-- sure; choice = one option; multi = several options; text = short optional free text (never public).
--
-- Re-running this file is harmless: existing rows are updated in place.

insert into public.questions
  (id, theme, crc_articles, kind, options, text, parent_text, age_bands, position)
values
  -- 1. meedoen
  ('meedoen_thuis_gehoord', 'meedoen', array[12, 5], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Thuis luisteren ze naar wat ik vind.",
     "en": "At home, people listen to what I think.",
     "ar": "في البيت يستمعون إلى رأيي.",
     "uk": "Удома прислухаються до моєї думки.",
     "tr": "Evde fikirlerim dinleniyor.",
     "pl": "W domu słuchają mojego zdania."
   }$j$::jsonb,
   $j${
     "nl": "Thuis luisteren we naar wat mijn kind vindt.",
     "en": "At home, we listen to what my child thinks.",
     "ar": "في بيتنا نستمع إلى رأي طفلي.",
     "uk": "Удома ми прислухаємося до думки моєї дитини.",
     "tr": "Evde çocuğumun fikirlerini dinliyoruz.",
     "pl": "W domu słuchamy zdania mojego dziecka."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 1),
  ('meedoen_school_meepraten', 'meedoen', array[12], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Op school mag ik meepraten over dingen die ik belangrijk vind.",
     "en": "At school, I get a say in things that matter to me.",
     "ar": "في المدرسة يمكنني أن أشارك برأيي في الأمور المهمة بالنسبة لي.",
     "uk": "У школі я можу висловлюватися про те, що для мене важливо.",
     "tr": "Okulda benim için önemli olan konularda söz hakkım var.",
     "pl": "W szkole mogę zabierać głos w sprawach, które są dla mnie ważne."
   }$j$::jsonb,
   $j${
     "nl": "Op school mag mijn kind meepraten over dingen die het belangrijk vindt.",
     "en": "At school, my child gets a say in things that matter to them.",
     "ar": "في المدرسة يمكن لطفلي أن يشارك برأيه في الأمور المهمة بالنسبة له.",
     "uk": "У школі моя дитина може висловлюватися про те, що для неї важливо.",
     "tr": "Okulda çocuğumun kendisi için önemli konularda söz hakkı var.",
     "pl": "W szkole moje dziecko może zabierać głos w sprawach, które są dla niego ważne."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 2),
  ('meedoen_gemeente_gevraagd', 'meedoen', array[12], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Heeft de gemeente jou weleens gevraagd wat jij vindt?",
     "en": "Has the municipality ever asked you what you think?",
     "ar": "هل سألتك البلدية يومًا عن رأيك؟",
     "uk": "Чи питав тебе колись муніципалітет про твою думку?",
     "tr": "Belediye sana hiç fikrini sordu mu?",
     "pl": "Czy gmina pytała cię kiedyś o zdanie?"
   }$j$::jsonb,
   $j${
     "nl": "Heeft de gemeente uw kind weleens gevraagd wat het vindt?",
     "en": "Has the municipality ever asked your child what they think?",
     "ar": "هل سألت البلدية طفلك يومًا عن رأيه؟",
     "uk": "Чи питав колись муніципалітет Вашу дитину про її думку?",
     "tr": "Belediye çocuğunuza hiç fikrini sordu mu?",
     "pl": "Czy gmina pytała kiedyś Państwa dziecko o zdanie?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 3),
  ('meedoen_onderwerpen', 'meedoen', array[12, 13], 'multi',
   $j$[
     {"value": "spelen", "label": {"nl": "Speelplekken en buiten spelen", "en": "Playgrounds and playing outside", "ar": "أماكن اللعب واللعب في الخارج", "uk": "Ігрові майданчики та ігри надворі", "tr": "Oyun alanları ve dışarıda oynamak", "pl": "Place zabaw i zabawa na dworze"}},
     {"value": "school", "label": {"nl": "School", "en": "School", "ar": "المدرسة", "uk": "Школа", "tr": "Okul", "pl": "Szkoła"}},
     {"value": "veiligheid", "label": {"nl": "Veilig op straat", "en": "Safety in the streets", "ar": "الأمان في الشارع", "uk": "Безпека на вулиці", "tr": "Sokakta güvenlik", "pl": "Bezpieczeństwo na ulicy"}},
     {"value": "sport", "label": {"nl": "Sport en clubs", "en": "Sports and clubs", "ar": "الرياضة والنوادي", "uk": "Спорт і гуртки", "tr": "Spor ve kulüpler", "pl": "Sport i kluby"}},
     {"value": "natuur", "label": {"nl": "Natuur en klimaat", "en": "Nature and climate", "ar": "الطبيعة والمناخ", "uk": "Природа і клімат", "tr": "Doğa ve iklim", "pl": "Przyroda i klimat"}},
     {"value": "verkeer", "label": {"nl": "Verkeer, bus en trein", "en": "Traffic, buses and trains", "ar": "المرور والحافلات والقطارات", "uk": "Дорожній рух, автобуси й потяги", "tr": "Trafik, otobüs ve tren", "pl": "Ruch drogowy, autobusy i pociągi"}},
     {"value": "gezondheid", "label": {"nl": "Gezondheid en je goed voelen", "en": "Health and feeling good", "ar": "الصحة والشعور بالراحة", "uk": "Здоров'я та гарне самопочуття", "tr": "Sağlık ve kendini iyi hissetmek", "pl": "Zdrowie i dobre samopoczucie"}}
   ]$j$::jsonb,
   $j${
     "nl": "Waarover wil jij meepraten met de gemeente?",
     "en": "What would you like to have a say about in your municipality?",
     "ar": "في أي مواضيع تريد أن تشارك برأيك مع البلدية؟",
     "uk": "На які теми ти хочеш висловити свою думку муніципалітету?",
     "tr": "Belediyeyle hangi konularda fikrini söylemek istersin?",
     "pl": "W jakich sprawach chcesz mieć głos w gminie?"
   }$j$::jsonb,
   $j${
     "nl": "Waarover zou uw kind willen meepraten met de gemeente?",
     "en": "What would your child like to have a say about in your municipality?",
     "ar": "في أي مواضيع يرغب طفلك أن يشارك برأيه مع البلدية؟",
     "uk": "На які теми Ваша дитина хотіла б висловити свою думку муніципалітету?",
     "tr": "Çocuğunuz belediyeyle hangi konularda fikrini söylemek ister?",
     "pl": "W jakich sprawach Państwa dziecko chciałoby mieć głos w gminie?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 4),
  ('meedoen_serieus_genomen', 'meedoen', array[12], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Volwassenen doen echt iets met wat kinderen zeggen.",
     "en": "Adults really do something with what children say.",
     "ar": "الكبار يأخذون كلام الأطفال بجدية ويعملون به.",
     "uk": "Дорослі справді щось роблять із тим, що кажуть діти.",
     "tr": "Yetişkinler çocukların söylediklerini gerçekten dikkate alıyor.",
     "pl": "Dorośli naprawdę biorą pod uwagę to, co mówią dzieci."
   }$j$::jsonb,
   null,
   array['8-11', '12-15', '16-18'], 5),
  ('meedoen_open_vraag', 'meedoen', array[12, 13], 'text',
   '[]'::jsonb,
   $j${
     "nl": "Wat zou jij willen veranderen zodat volwassenen beter naar kinderen luisteren? (Schrijf geen namen op.)",
     "en": "What would you change so that adults listen to children better? (Don't write any names.)",
     "ar": "ما الذي تودّ تغييره لكي يستمع الكبار إلى الأطفال بشكل أفضل؟ (لا تكتب أي أسماء.)",
     "uk": "Що, на твою думку, треба змінити, щоб дорослі краще слухали дітей? (Не пиши жодних імен.)",
     "tr": "Yetişkinlerin çocukları daha iyi dinlemesi için neyi değiştirmek isterdin? (İsim yazma.)",
     "pl": "Co według ciebie trzeba zmienić, żeby dorośli lepiej słuchali dzieci? (Nie wpisuj żadnych imion.)"
   }$j$::jsonb,
   null,
   array['8-11', '12-15', '16-18'], 6),
  -- 2. discriminatie
  ('discriminatie_eerlijk_school', 'discriminatie', array[2, 28], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Op school worden alle kinderen eerlijk behandeld.",
     "en": "At school, all children are treated fairly.",
     "ar": "في المدرسة يُعامَل جميع الأطفال بعدل.",
     "uk": "У школі до всіх дітей ставляться справедливо.",
     "tr": "Okulda bütün çocuklara adil davranılıyor.",
     "pl": "W szkole wszystkie dzieci są traktowane sprawiedliwie."
   }$j$::jsonb,
   $j${
     "nl": "Op de school van mijn kind worden alle kinderen eerlijk behandeld.",
     "en": "At my child's school, all children are treated fairly.",
     "ar": "في مدرسة طفلي يُعامَل جميع الأطفال بعدل.",
     "uk": "У школі моєї дитини до всіх дітей ставляться справедливо.",
     "tr": "Çocuğumun okulunda bütün çocuklara adil davranılıyor.",
     "pl": "W szkole mojego dziecka wszystkie dzieci są traktowane sprawiedliwie."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 7),
  ('discriminatie_buitengesloten_gezien', 'discriminatie', array[2], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Heb je weleens gezien dat een kind werd buitengesloten om wie het is?",
     "en": "Have you ever seen a child being left out because of who they are?",
     "ar": "هل رأيت يومًا طفلًا يُستبعَد من المجموعة بسبب هويته؟",
     "uk": "Чи траплялося тобі бачити, що дитину не приймали через те, хто вона є?",
     "tr": "Bir çocuğun kim olduğu yüzünden dışlandığını hiç gördün mü?",
     "pl": "Czy zdarzyło ci się widzieć, że jakieś dziecko było wykluczane z powodu tego, kim jest?"
   }$j$::jsonb,
   $j${
     "nl": "Heeft uw kind weleens verteld dat een kind werd buitengesloten om wie het is?",
     "en": "Has your child ever told you about a child being left out because of who they are?",
     "ar": "هل أخبرك طفلك يومًا أن طفلًا استُبعِد من المجموعة بسبب هويته؟",
     "uk": "Чи розповідала Вам дитина, що якусь дитину не приймали через те, хто вона є?",
     "tr": "Çocuğunuz size hiç bir çocuğun kim olduğu yüzünden dışlandığını anlattı mı?",
     "pl": "Czy Państwa dziecko opowiadało kiedyś, że jakieś dziecko było wykluczane z powodu tego, kim jest?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 8),
  ('discriminatie_redenen', 'discriminatie', array[2, 30], 'multi',
   $j$[
     {"value": "uiterlijk", "label": {"nl": "Hoe ze eruitzien", "en": "How they look", "ar": "بسبب شكلهم", "uk": "Через зовнішність", "tr": "Dış görünüşleri", "pl": "Przez wygląd"}},
     {"value": "afkomst", "label": {"nl": "Waar ze of hun familie vandaan komen", "en": "Where they or their family come from", "ar": "بسبب أصلهم أو أصل عائلتهم", "uk": "Через те, звідки вони чи їхня родина", "tr": "Kendilerinin ya da ailelerinin nereden geldiği", "pl": "Przez to, skąd pochodzą oni lub ich rodzina"}},
     {"value": "geloof", "label": {"nl": "Hun geloof", "en": "Their religion", "ar": "بسبب دينهم", "uk": "Через віру", "tr": "İnançları", "pl": "Przez wiarę"}},
     {"value": "beperking", "label": {"nl": "Een beperking of ziekte", "en": "A disability or illness", "ar": "بسبب إعاقة أو مرض", "uk": "Через інвалідність або хворобу", "tr": "Bir engel ya da hastalık", "pl": "Przez niepełnosprawność lub chorobę"}},
     {"value": "geld", "label": {"nl": "Weinig geld thuis", "en": "Not much money at home", "ar": "بسبب قلة المال في البيت", "uk": "Через брак грошей у родині", "tr": "Evde az para olması", "pl": "Przez brak pieniędzy w domu"}},
     {"value": "gender", "label": {"nl": "Of ze jongen, meisje of anders zijn", "en": "Being a boy, a girl or something else", "ar": "لأنهم أولاد أو بنات أو غير ذلك", "uk": "Через стать (хлопець, дівчина чи інше)", "tr": "Kız, erkek ya da başka olmaları", "pl": "Przez płeć (chłopak, dziewczyna albo inaczej)"}},
     {"value": "verliefd", "label": {"nl": "Op wie ze verliefd worden", "en": "Who they fall in love with", "ar": "بسبب مَن يحبّون", "uk": "Через те, у кого вони закохуються", "tr": "Kime âşık oldukları", "pl": "Przez to, w kim się zakochują"}}
   ]$j$::jsonb,
   $j${
     "nl": "Waarom worden kinderen volgens jou weleens anders behandeld?",
     "en": "Why do you think children are sometimes treated differently?",
     "ar": "برأيك، لماذا يُعامَل بعض الأطفال أحيانًا بشكل مختلف؟",
     "uk": "Як ти думаєш, чому до деяких дітей інколи ставляться інакше?",
     "tr": "Sence çocuklara neden bazen farklı davranılıyor?",
     "pl": "Jak myślisz, dlaczego niektóre dzieci są czasem traktowane inaczej?"
   }$j$::jsonb,
   $j${
     "nl": "Waarom worden kinderen volgens u weleens anders behandeld?",
     "en": "Why do you think children are sometimes treated differently?",
     "ar": "برأيك، لماذا يُعامَل بعض الأطفال أحيانًا بشكل مختلف؟",
     "uk": "Як Ви вважаєте, чому до деяких дітей інколи ставляться інакше?",
     "tr": "Sizce çocuklara neden bazen farklı davranılıyor?",
     "pl": "Jak Państwo myślą, dlaczego niektóre dzieci są czasem traktowane inaczej?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 9),
  ('discriminatie_buurt_erbij', 'discriminatie', array[2, 31], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "In mijn buurt horen alle kinderen erbij.",
     "en": "In my neighbourhood, every child belongs.",
     "ar": "في حيّي، جميع الأطفال مقبولون.",
     "uk": "У моєму районі всіх дітей приймають.",
     "tr": "Mahallemde her çocuk kabul görüyor.",
     "pl": "W mojej okolicy każde dziecko jest akceptowane."
   }$j$::jsonb,
   $j${
     "nl": "In onze buurt horen alle kinderen erbij.",
     "en": "In our neighbourhood, every child belongs.",
     "ar": "في حيّنا، جميع الأطفال مقبولون.",
     "uk": "У нашому районі всіх дітей приймають.",
     "tr": "Mahallemizde her çocuk kabul görüyor.",
     "pl": "W naszej okolicy każde dziecko jest akceptowane."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 10),
  ('discriminatie_melden', 'discriminatie', array[2], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Weet je waar je terechtkunt als je oneerlijk wordt behandeld?",
     "en": "Do you know where to go if you are treated unfairly?",
     "ar": "هل تعرف إلى أين تذهب إذا عُومِلت بظلم؟",
     "uk": "Чи знаєш ти, куди звернутися, якщо до тебе ставляться несправедливо?",
     "tr": "Sana haksızlık yapılırsa nereye başvurabileceğini biliyor musun?",
     "pl": "Czy wiesz, gdzie szukać pomocy, jeśli ktoś traktuje cię niesprawiedliwie?"
   }$j$::jsonb,
   $j${
     "nl": "Weet u waar u terechtkunt als uw kind oneerlijk wordt behandeld?",
     "en": "Do you know where to go if your child is treated unfairly?",
     "ar": "هل تعرف إلى أين تتوجه إذا عُومِل طفلك بظلم؟",
     "uk": "Чи знаєте Ви, куди звернутися, якщо до Вашої дитини ставляться несправедливо?",
     "tr": "Çocuğunuza haksızlık yapılırsa nereye başvurabileceğinizi biliyor musunuz?",
     "pl": "Czy wiedzą Państwo, gdzie szukać pomocy, jeśli Państwa dziecko jest traktowane niesprawiedliwie?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 11),
  -- 3. zorg
  ('zorg_hulp_weten', 'zorg', array[24, 17], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Weet je waar je hulp kunt vragen als je je zorgen maakt?",
     "en": "Do you know where to ask for help when you are worried?",
     "ar": "هل تعرف أين تطلب المساعدة عندما تكون قلقًا؟",
     "uk": "Чи знаєш ти, де попросити допомоги, коли тебе щось тривожить?",
     "tr": "Bir şey seni endişelendirdiğinde nereden yardım isteyebileceğini biliyor musun?",
     "pl": "Czy wiesz, gdzie poprosić o pomoc, kiedy się czymś martwisz?"
   }$j$::jsonb,
   $j${
     "nl": "Weet u waar u hulp kunt vragen als u zich zorgen maakt over uw kind?",
     "en": "Do you know where to ask for help if you are worried about your child?",
     "ar": "هل تعرف أين تطلب المساعدة إذا كنت قلقًا على طفلك؟",
     "uk": "Чи знаєте Ви, де попросити допомоги, якщо Ви хвилюєтеся за свою дитину?",
     "tr": "Çocuğunuz için endişelendiğinizde nereden yardım isteyebileceğinizi biliyor musunuz?",
     "pl": "Czy wiedzą Państwo, gdzie poprosić o pomoc, gdy martwią się Państwo o swoje dziecko?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 12),
  ('zorg_snel_hulp', 'zorg', array[24, 3], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Kinderen die hulp nodig hebben, krijgen die hier snel genoeg.",
     "en": "Children who need help get it quickly enough here.",
     "ar": "الأطفال الذين يحتاجون إلى مساعدة يحصلون عليها هنا بسرعة كافية.",
     "uk": "Діти, яким потрібна допомога, отримують її тут досить швидко.",
     "tr": "Burada yardıma ihtiyacı olan çocuklar yardımı yeterince hızlı alıyor.",
     "pl": "Dzieci, które potrzebują pomocy, dostają ją tutaj wystarczająco szybko."
   }$j$::jsonb,
   $j${
     "nl": "Als mijn kind hulp nodig heeft, krijgt het die snel genoeg.",
     "en": "When my child needs help, they get it quickly enough.",
     "ar": "عندما يحتاج طفلي إلى مساعدة، يحصل عليها بسرعة كافية.",
     "uk": "Коли моїй дитині потрібна допомога, вона отримує її досить швидко.",
     "tr": "Çocuğumun yardıma ihtiyacı olduğunda yardımı yeterince hızlı alıyor.",
     "pl": "Kiedy moje dziecko potrzebuje pomocy, dostaje ją wystarczająco szybko."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 13),
  ('zorg_dokter_luistert', 'zorg', array[24, 12], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Een dokter of hulpverlener luistert ook naar mij, niet alleen naar mijn ouders.",
     "en": "A doctor or care worker listens to me too, not just to my parents.",
     "ar": "الطبيب أو المختص يستمع إليّ أنا أيضًا، وليس إلى والديّ فقط.",
     "uk": "Лікар чи інший фахівець слухає і мене, а не тільки моїх батьків.",
     "tr": "Doktor ya da uzman sadece anne babamı değil, beni de dinliyor.",
     "pl": "Lekarz lub inny specjalista słucha też mnie, a nie tylko moich rodziców."
   }$j$::jsonb,
   $j${
     "nl": "Een dokter of hulpverlener luistert ook naar mijn kind zelf.",
     "en": "A doctor or care worker also listens to my child directly.",
     "ar": "الطبيب أو المختص يستمع إلى طفلي نفسه أيضًا.",
     "uk": "Лікар чи інший фахівець слухає і саму мою дитину.",
     "tr": "Doktor ya da uzman çocuğumun kendisini de dinliyor.",
     "pl": "Lekarz lub inny specjalista słucha także bezpośrednio mojego dziecka."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 14),
  ('zorg_drempels', 'zorg', array[24], 'multi',
   $j$[
     {"value": "waar", "label": {"nl": "Niet weten waar je heen kunt", "en": "Not knowing where to go", "ar": "عدم معرفة إلى أين يذهبون", "uk": "Не знати, куди звернутися", "tr": "Nereye gideceğini bilmemek", "pl": "Nie wiedzieć, dokąd pójść"}},
     {"value": "spannend", "label": {"nl": "Het is spannend of je schaamt je", "en": "It feels scary or embarrassing", "ar": "الأمر مخيف أو محرج", "uk": "Страшно або соромно", "tr": "Korkutucu ya da utandırıcı gelmesi", "pl": "To stresujące albo wstydliwe"}},
     {"value": "wachten", "label": {"nl": "Je moet lang wachten", "en": "Having to wait a long time", "ar": "الانتظار لوقت طويل", "uk": "Доводиться довго чекати", "tr": "Uzun süre beklemek gerekmesi", "pl": "Trzeba długo czekać"}},
     {"value": "geld", "label": {"nl": "Het kost geld", "en": "It costs money", "ar": "الأمر يكلّف مالًا", "uk": "Це коштує грошей", "tr": "Para tutması", "pl": "To kosztuje pieniądze"}},
     {"value": "serieus", "label": {"nl": "Bang zijn dat ze je niet serieus nemen", "en": "Being afraid they won't take you seriously", "ar": "الخوف من ألّا يأخذوك على محمل الجد", "uk": "Страх, що тебе не сприймуть серйозно", "tr": "Ciddiye alınmamaktan korkmak", "pl": "Strach, że nikt nie potraktuje cię poważnie"}},
     {"value": "anderen", "label": {"nl": "Bang zijn dat anderen het te weten komen", "en": "Being afraid others will find out", "ar": "الخوف من أن يعرف الآخرون", "uk": "Страх, що інші дізнаються", "tr": "Başkalarının öğrenmesinden korkmak", "pl": "Strach, że inni się dowiedzą"}},
     {"value": "niets", "label": {"nl": "Niets, hulp vragen is makkelijk", "en": "Nothing, asking for help is easy", "ar": "لا شيء، طلب المساعدة سهل", "uk": "Нічого, просити допомоги легко", "tr": "Hiçbir şey, yardım istemek kolay", "pl": "Nic, łatwo poprosić o pomoc"}}
   ]$j$::jsonb,
   $j${
     "nl": "Wat maakt het voor kinderen moeilijk om hulp te vragen?",
     "en": "What makes it hard for children to ask for help?",
     "ar": "ما الذي يجعل طلب المساعدة صعبًا على الأطفال؟",
     "uk": "Що заважає дітям просити про допомогу?",
     "tr": "Çocukların yardım istemesini zorlaştıran ne?",
     "pl": "Co sprawia, że dzieciom trudno poprosić o pomoc?"
   }$j$::jsonb,
   null,
   array['8-11', '12-15', '16-18'], 15),
  ('zorg_kindertelefoon', 'zorg', array[24, 17, 19], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Ken je De Kindertelefoon, waar je gratis kunt bellen of chatten?",
     "en": "Do you know De Kindertelefoon, the free helpline where children can call or chat?",
     "ar": "هل تعرف De Kindertelefoon، خط المساعدة المجاني الذي يمكنك الاتصال به أو الدردشة معه؟",
     "uk": "Чи знаєш ти De Kindertelefoon — безкоштовну лінію, куди можна подзвонити або написати в чат?",
     "tr": "Ücretsiz arayabileceğin ya da sohbet edebileceğin De Kindertelefoon'u biliyor musun?",
     "pl": "Czy znasz De Kindertelefoon – bezpłatny telefon zaufania, gdzie można zadzwonić albo czatować?"
   }$j$::jsonb,
   $j${
     "nl": "Kent uw kind De Kindertelefoon, waar kinderen gratis kunnen bellen of chatten?",
     "en": "Does your child know De Kindertelefoon, the free helpline where children can call or chat?",
     "ar": "هل يعرف طفلك De Kindertelefoon، خط المساعدة المجاني الذي يمكن للأطفال الاتصال به أو الدردشة معه؟",
     "uk": "Чи знає Ваша дитина De Kindertelefoon — безкоштовну лінію, куди діти можуть подзвонити або написати в чат?",
     "tr": "Çocuğunuz, çocukların ücretsiz arayabileceği ya da sohbet edebileceği De Kindertelefoon'u biliyor mu?",
     "pl": "Czy Państwa dziecko zna De Kindertelefoon – bezpłatny telefon zaufania, gdzie dzieci mogą zadzwonić albo czatować?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 16),
  -- 4. mentale-gezondheid
  ('mentaal_goed_voelen', 'mentale-gezondheid', array[24], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Ik voel me meestal goed.",
     "en": "Most of the time, I feel good.",
     "ar": "أشعر بأنني بخير في معظم الأوقات.",
     "uk": "Здебільшого я почуваюся добре.",
     "tr": "Çoğu zaman kendimi iyi hissediyorum.",
     "pl": "Zwykle czuję się dobrze."
   }$j$::jsonb,
   $j${
     "nl": "Mijn kind voelt zich meestal goed.",
     "en": "Most of the time, my child feels good.",
     "ar": "يشعر طفلي بأنه بخير في معظم الأوقات.",
     "uk": "Здебільшого моя дитина почувається добре.",
     "tr": "Çocuğum çoğu zaman kendini iyi hissediyor.",
     "pl": "Moje dziecko zwykle czuje się dobrze."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 17),
  ('mentaal_volwassene_praten', 'mentale-gezondheid', array[24, 3], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Is er een volwassene met wie je kunt praten als je verdrietig bent?",
     "en": "Is there an adult you can talk to when you feel sad?",
     "ar": "هل يوجد شخص بالغ يمكنك التحدث معه عندما تكون حزينًا؟",
     "uk": "Чи є дорослий, з яким ти можеш поговорити, коли тобі сумно?",
     "tr": "Üzgün olduğunda konuşabileceğin bir yetişkin var mı?",
     "pl": "Czy jest dorosły, z którym możesz porozmawiać, kiedy jest ci smutno?"
   }$j$::jsonb,
   $j${
     "nl": "Heeft uw kind een volwassene met wie het kan praten als het verdrietig is?",
     "en": "Does your child have an adult they can talk to when they feel sad?",
     "ar": "هل لدى طفلك شخص بالغ يمكنه التحدث معه عندما يكون حزينًا؟",
     "uk": "Чи має Ваша дитина дорослого, з яким може поговорити, коли їй сумно?",
     "tr": "Çocuğunuzun üzgün olduğunda konuşabileceği bir yetişkin var mı?",
     "pl": "Czy Państwa dziecko ma dorosłego, z którym może porozmawiać, kiedy jest mu smutno?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 18),
  ('mentaal_druk_school', 'mentale-gezondheid', array[24, 28], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Ik voel vaak veel druk door school of toetsen.",
     "en": "I often feel a lot of pressure from school or tests.",
     "ar": "أشعر غالبًا بضغط كبير بسبب المدرسة أو الامتحانات.",
     "uk": "Я часто відчуваю сильний тиск через школу чи контрольні.",
     "tr": "Okul ya da sınavlar yüzünden sık sık çok baskı hissediyorum.",
     "pl": "Często czuję dużą presję przez szkołę albo sprawdziany."
   }$j$::jsonb,
   $j${
     "nl": "Mijn kind voelt vaak veel druk door school of toetsen.",
     "en": "My child often feels a lot of pressure from school or tests.",
     "ar": "يشعر طفلي غالبًا بضغط كبير بسبب المدرسة أو الامتحانات.",
     "uk": "Моя дитина часто відчуває сильний тиск через школу чи контрольні.",
     "tr": "Çocuğum okul ya da sınavlar yüzünden sık sık çok baskı hissediyor.",
     "pl": "Moje dziecko często czuje dużą presję przez szkołę albo sprawdziany."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 19),
  ('mentaal_wat_helpt', 'mentale-gezondheid', array[24, 31], 'multi',
   $j$[
     {"value": "praten", "label": {"nl": "Praten met iemand", "en": "Talking to someone", "ar": "التحدث مع شخص ما", "uk": "Поговорити з кимось", "tr": "Biriyle konuşmak", "pl": "Rozmowa z kimś"}},
     {"value": "bewegen", "label": {"nl": "Buiten zijn of sporten", "en": "Being outside or doing sport", "ar": "الخروج أو ممارسة الرياضة", "uk": "Побути надворі або позайматися спортом", "tr": "Dışarıda olmak ya da spor yapmak", "pl": "Wyjście na dwór albo sport"}},
     {"value": "creatief", "label": {"nl": "Muziek, tekenen of iets maken", "en": "Music, drawing or making something", "ar": "الموسيقى أو الرسم أو صنع شيء ما", "uk": "Музика, малювання або щось змайструвати", "tr": "Müzik, resim ya da bir şey yapmak", "pl": "Muzyka, rysowanie albo robienie czegoś"}},
     {"value": "scherm", "label": {"nl": "Gamen of filmpjes kijken", "en": "Gaming or watching videos", "ar": "الألعاب الإلكترونية أو مشاهدة الفيديوهات", "uk": "Ігри або відео", "tr": "Oyun oynamak ya da video izlemek", "pl": "Granie w gry albo oglądanie filmików"}},
     {"value": "rust", "label": {"nl": "Even alleen zijn", "en": "Some time on my own", "ar": "أن أكون وحدي قليلًا", "uk": "Побути на самоті", "tr": "Biraz yalnız kalmak", "pl": "Chwila w samotności"}},
     {"value": "dier", "label": {"nl": "Een huisdier", "en": "A pet", "ar": "حيوان أليف", "uk": "Домашній улюбленець", "tr": "Bir evcil hayvan", "pl": "Zwierzak"}},
     {"value": "anders", "label": {"nl": "Iets anders", "en": "Something else", "ar": "شيء آخر", "uk": "Щось інше", "tr": "Başka bir şey", "pl": "Coś innego"}}
   ]$j$::jsonb,
   $j${
     "nl": "Wat helpt jou als je je niet fijn voelt?",
     "en": "What helps you when you don't feel good?",
     "ar": "ما الذي يساعدك عندما لا تشعر بالراحة؟",
     "uk": "Що тобі допомагає, коли ти почуваєшся не дуже добре?",
     "tr": "Kendini iyi hissetmediğinde sana ne iyi geliyor?",
     "pl": "Co ci pomaga, kiedy jest ci źle?"
   }$j$::jsonb,
   null,
   array['8-11', '12-15', '16-18'], 20),
  ('mentaal_sociale_media', 'mentale-gezondheid', array[17, 24], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Door sociale media voel ik me soms slechter.",
     "en": "Social media sometimes makes me feel worse.",
     "ar": "تجعلني وسائل التواصل الاجتماعي أحيانًا أشعر بشعور أسوأ.",
     "uk": "Через соцмережі я іноді почуваюся гірше.",
     "tr": "Sosyal medya bazen kendimi daha kötü hissettiriyor.",
     "pl": "Przez media społecznościowe czasem czuję się gorzej."
   }$j$::jsonb,
   $j${
     "nl": "Door sociale media voelt mijn kind zich soms slechter.",
     "en": "Social media sometimes makes my child feel worse.",
     "ar": "تجعل وسائل التواصل الاجتماعي طفلي أحيانًا يشعر بشعور أسوأ.",
     "uk": "Через соцмережі моя дитина іноді почувається гірше.",
     "tr": "Sosyal medya bazen çocuğumun kendini daha kötü hissetmesine yol açıyor.",
     "pl": "Przez media społecznościowe moje dziecko czasem czuje się gorzej."
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 21),
  ('mentaal_hulp_somber', 'mentale-gezondheid', array[24, 3], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Jongeren die zich lang somber voelen, krijgen hier snel goede hulp.",
     "en": "Young people who feel low for a long time get good help here quickly.",
     "ar": "الشباب الذين يشعرون بالحزن لفترة طويلة يحصلون هنا على مساعدة جيدة بسرعة.",
     "uk": "Підлітки, які довго почуваються пригнічено, швидко отримують тут хорошу допомогу.",
     "tr": "Uzun süre kendini mutsuz hisseden gençler burada hızla iyi bir yardım alıyor.",
     "pl": "Młodzi ludzie, którzy długo czują się przygnębieni, szybko dostają tu dobrą pomoc."
   }$j$::jsonb,
   $j${
     "nl": "Als mijn kind zich lang somber voelt, kan het snel goede hulp krijgen.",
     "en": "If my child feels low for a long time, they can get good help quickly.",
     "ar": "إذا شعر طفلي بالحزن لفترة طويلة، يمكنه الحصول على مساعدة جيدة بسرعة.",
     "uk": "Якщо моя дитина довго почувається пригнічено, вона може швидко отримати хорошу допомогу.",
     "tr": "Çocuğum uzun süre kendini mutsuz hissederse hızla iyi bir yardım alabilir.",
     "pl": "Jeśli moje dziecko długo czuje się przygnębione, może szybko dostać dobrą pomoc."
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 22),
  ('mentaal_open_vraag', 'mentale-gezondheid', array[24], 'text',
   '[]'::jsonb,
   $j${
     "nl": "Wat zou jij willen veranderen zodat kinderen en jongeren zich beter voelen? (Schrijf geen namen op.)",
     "en": "What would you change so that children and young people feel better? (Don't write any names.)",
     "ar": "ما الذي تودّ تغييره لكي يشعر الأطفال والشباب بشكل أفضل؟ (لا تكتب أي أسماء.)",
     "uk": "Що, на твою думку, треба змінити, щоб діти й молодь почувалися краще? (Не пиши жодних імен.)",
     "tr": "Çocukların ve gençlerin kendini daha iyi hissetmesi için neyi değiştirmek isterdin? (İsim yazma.)",
     "pl": "Co według ciebie trzeba zmienić, żeby dzieci i młodzież czuły się lepiej? (Nie wpisuj żadnych imion.)"
   }$j$::jsonb,
   null,
   array['8-11', '12-15', '16-18'], 23),
  -- 5. armoede
  ('armoede_club_voor_iedereen', 'armoede', array[27, 31], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Elk kind kan hier sporten of op een club, ook met weinig geld.",
     "en": "Every child here can do sport or join a club, even without much money.",
     "ar": "يستطيع كل طفل هنا ممارسة الرياضة أو الانضمام إلى نادٍ، حتى لو كان المال قليلًا.",
     "uk": "Кожна дитина тут може займатися спортом або ходити на гурток, навіть якщо грошей мало.",
     "tr": "Burada her çocuk, parası az olsa bile spor yapabilir ya da bir kulübe gidebilir.",
     "pl": "Każde dziecko może tu uprawiać sport albo chodzić na zajęcia, nawet gdy brakuje pieniędzy."
   }$j$::jsonb,
   $j${
     "nl": "In onze gemeente kan elk kind sporten of op een club, ook met weinig geld.",
     "en": "In our municipality, every child can do sport or join a club, even without much money.",
     "ar": "في بلديتنا يستطيع كل طفل ممارسة الرياضة أو الانضمام إلى نادٍ، حتى لو كان المال قليلًا.",
     "uk": "У нашому муніципалітеті кожна дитина може займатися спортом або ходити на гурток, навіть якщо грошей мало.",
     "tr": "Belediyemizde her çocuk, para az olsa bile spor yapabilir ya da bir kulübe gidebilir.",
     "pl": "W naszej gminie każde dziecko może uprawiać sport albo chodzić na zajęcia, nawet gdy brakuje pieniędzy."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 24),
  ('armoede_zorgen_geld', 'armoede', array[27], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Ik maak me weleens zorgen over geld bij ons thuis.",
     "en": "I sometimes worry about money at home.",
     "ar": "أقلق أحيانًا بشأن المال في بيتنا.",
     "uk": "Я іноді хвилююся через гроші в нашій родині.",
     "tr": "Bazen evimizdeki para durumu için endişeleniyorum.",
     "pl": "Czasem martwię się o pieniądze w moim domu."
   }$j$::jsonb,
   null,
   array['8-11', '12-15', '16-18'], 25),
  ('armoede_hulp_weten', 'armoede', array[26, 27], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Weet je waar een gezin met weinig geld hulp kan krijgen?",
     "en": "Do you know where a family with little money can get help?",
     "ar": "هل تعرف أين يمكن لعائلة لديها مال قليل أن تحصل على مساعدة؟",
     "uk": "Чи знаєш ти, де родина, якій бракує грошей, може отримати допомогу?",
     "tr": "Parası az olan bir ailenin nereden yardım alabileceğini biliyor musun?",
     "pl": "Czy wiesz, gdzie rodzina, która ma mało pieniędzy, może dostać pomoc?"
   }$j$::jsonb,
   $j${
     "nl": "Weet u welke hulp de gemeente biedt aan gezinnen met weinig geld?",
     "en": "Do you know what help the municipality offers families with little money?",
     "ar": "هل تعرف ما المساعدة التي تقدمها البلدية للعائلات ذات الدخل المحدود؟",
     "uk": "Чи знаєте Ви, яку допомогу муніципалітет надає родинам з невеликими доходами?",
     "tr": "Belediyenin geliri az olan ailelere hangi yardımları sunduğunu biliyor musunuz?",
     "pl": "Czy wiedzą Państwo, jaką pomoc gmina oferuje rodzinom o niskich dochodach?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 26),
  ('armoede_wat_elk_kind_nodig_heeft', 'armoede', array[27, 26, 28, 31], 'multi',
   $j$[
     {"value": "eten", "label": {"nl": "Gezond eten", "en": "Healthy food", "ar": "طعام صحي", "uk": "Здорова їжа", "tr": "Sağlıklı yiyecek", "pl": "Zdrowe jedzenie"}},
     {"value": "huis", "label": {"nl": "Een warm en veilig huis", "en": "A warm and safe home", "ar": "بيت دافئ وآمن", "uk": "Тепле й безпечне житло", "tr": "Sıcak ve güvenli bir ev", "pl": "Ciepły i bezpieczny dom"}},
     {"value": "schoolspullen", "label": {"nl": "Schoolspullen en een laptop", "en": "School things and a laptop", "ar": "أدوات مدرسية وحاسوب محمول", "uk": "Шкільне приладдя і ноутбук", "tr": "Okul malzemeleri ve bir dizüstü bilgisayar", "pl": "Przybory szkolne i laptop"}},
     {"value": "club", "label": {"nl": "Sport of een club", "en": "Sport or a club", "ar": "رياضة أو نادٍ", "uk": "Спорт або гурток", "tr": "Spor ya da bir kulüp", "pl": "Sport albo zajęcia dodatkowe"}},
     {"value": "kleding", "label": {"nl": "Kleren en schoenen die passen", "en": "Clothes and shoes that fit", "ar": "ملابس وأحذية بالمقاس المناسب", "uk": "Одяг і взуття за розміром", "tr": "Üstüne olan kıyafet ve ayakkabı", "pl": "Ubrania i buty w dobrym rozmiarze"}},
     {"value": "uitjes", "label": {"nl": "Uitjes en je verjaardag vieren", "en": "Days out and celebrating your birthday", "ar": "النزهات والاحتفال بعيد الميلاد", "uk": "Прогулянки й святкування дня народження", "tr": "Geziler ve doğum gününü kutlamak", "pl": "Wycieczki i świętowanie urodzin"}},
     {"value": "internet", "label": {"nl": "Internet thuis", "en": "Internet at home", "ar": "إنترنت في البيت", "uk": "Інтернет удома", "tr": "Evde internet", "pl": "Internet w domu"}}
   ]$j$::jsonb,
   $j${
     "nl": "Wat moet elk kind volgens jou zeker hebben?",
     "en": "What do you think every child should definitely have?",
     "ar": "برأيك، ما الذي يجب أن يكون متوفرًا لكل طفل بالتأكيد؟",
     "uk": "Як ти думаєш, що обов'язково має бути в кожної дитини?",
     "tr": "Sence her çocuğun mutlaka nesi olmalı?",
     "pl": "Jak myślisz, co koniecznie powinno mieć każde dziecko?"
   }$j$::jsonb,
   $j${
     "nl": "Wat moet elk kind volgens u zeker hebben?",
     "en": "What do you think every child should definitely have?",
     "ar": "برأيك، ما الذي يجب أن يكون متوفرًا لكل طفل بالتأكيد؟",
     "uk": "Як Ви вважаєте, що обов'язково має бути в кожної дитини?",
     "tr": "Sizce her çocuğun mutlaka nesi olmalı?",
     "pl": "Jak Państwo uważają, co koniecznie powinno mieć każde dziecko?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 27),
  ('armoede_schooluitjes', 'armoede', array[27, 28], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Op school kan iedereen mee met uitjes, ook als er thuis weinig geld is.",
     "en": "At school, everyone can go on trips, even if there's not much money at home.",
     "ar": "في المدرسة يمكن للجميع المشاركة في الرحلات، حتى لو كان المال قليلًا في البيت.",
     "uk": "У школі всі можуть їздити на екскурсії, навіть якщо вдома мало грошей.",
     "tr": "Okulda evde para az olsa bile herkes gezilere katılabiliyor.",
     "pl": "W szkole każdy może jechać na wycieczkę, nawet jeśli w domu brakuje pieniędzy."
   }$j$::jsonb,
   $j${
     "nl": "Op de school van mijn kind kan iedereen mee met uitjes, ook met weinig geld.",
     "en": "At my child's school, every child can go on trips, even if money is tight.",
     "ar": "في مدرسة طفلي يمكن لكل طفل المشاركة في الرحلات، حتى لو كان المال قليلًا.",
     "uk": "У школі моєї дитини кожен може поїхати на екскурсію, навіть якщо грошей мало.",
     "tr": "Çocuğumun okulunda para az olsa bile her çocuk gezilere katılabiliyor.",
     "pl": "W szkole mojego dziecka każdy może jechać na wycieczkę, nawet gdy brakuje pieniędzy."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 28),
  -- 6. onderwijs
  ('onderwijs_veilig', 'onderwijs', array[28, 29, 19], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Ik voel me veilig op school.",
     "en": "I feel safe at school.",
     "ar": "أشعر بالأمان في المدرسة.",
     "uk": "Я почуваюся в безпеці в школі.",
     "tr": "Okulda kendimi güvende hissediyorum.",
     "pl": "Czuję się bezpiecznie w szkole."
   }$j$::jsonb,
   $j${
     "nl": "Mijn kind voelt zich veilig op school.",
     "en": "My child feels safe at school.",
     "ar": "يشعر طفلي بالأمان في المدرسة.",
     "uk": "Моя дитина почувається в безпеці в школі.",
     "tr": "Çocuğum okulda kendini güvende hissediyor.",
     "pl": "Moje dziecko czuje się bezpiecznie w szkole."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 29),
  ('onderwijs_nuttig_leren', 'onderwijs', array[28, 29], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Op school leer ik dingen waar ik later iets aan heb.",
     "en": "At school, I learn things that will be useful to me later.",
     "ar": "أتعلّم في المدرسة أشياء ستفيدني في المستقبل.",
     "uk": "У школі я вчу те, що знадобиться мені в майбутньому.",
     "tr": "Okulda ileride işime yarayacak şeyler öğreniyorum.",
     "pl": "W szkole uczę się rzeczy, które przydadzą mi się w przyszłości."
   }$j$::jsonb,
   $j${
     "nl": "Op school leert mijn kind dingen waar het later iets aan heeft.",
     "en": "At school, my child learns things that will be useful later on.",
     "ar": "يتعلّم طفلي في المدرسة أشياء ستفيده في المستقبل.",
     "uk": "У школі моя дитина вчить те, що знадобиться їй у майбутньому.",
     "tr": "Çocuğum okulda ileride işine yarayacak şeyler öğreniyor.",
     "pl": "W szkole moje dziecko uczy się rzeczy, które przydadzą mu się w przyszłości."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 30),
  ('onderwijs_extra_hulp', 'onderwijs', array[28, 23], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Als ik iets moeilijk vind, krijg ik op school extra hulp.",
     "en": "When I find something hard, I get extra help at school.",
     "ar": "عندما أجد شيئًا صعبًا، أحصل على مساعدة إضافية في المدرسة.",
     "uk": "Коли мені щось важко, я отримую в школі додаткову допомогу.",
     "tr": "Bir şeyi zor bulduğumda okulda ek destek alıyorum.",
     "pl": "Kiedy coś jest dla mnie trudne, dostaję w szkole dodatkową pomoc."
   }$j$::jsonb,
   $j${
     "nl": "Als mijn kind iets moeilijk vindt, krijgt het op school extra hulp.",
     "en": "When my child finds something hard, they get extra help at school.",
     "ar": "عندما يجد طفلي شيئًا صعبًا، يحصل على مساعدة إضافية في المدرسة.",
     "uk": "Коли моїй дитині щось важко, вона отримує в школі додаткову допомогу.",
     "tr": "Çocuğum bir şeyi zor bulduğunda okulda ek destek alıyor.",
     "pl": "Kiedy coś jest trudne dla mojego dziecka, dostaje ono w szkole dodatkową pomoc."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 31),
  ('onderwijs_passende_school', 'onderwijs', array[28, 23], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Kan elk kind hier naar een school die bij hem of haar past?",
     "en": "Can every child here go to a school that suits them?",
     "ar": "هل يستطيع كل طفل هنا الذهاب إلى مدرسة تناسبه؟",
     "uk": "Чи може кожна дитина тут ходити до школи, яка їй підходить?",
     "tr": "Burada her çocuk kendisine uygun bir okula gidebiliyor mu?",
     "pl": "Czy każde dziecko może tu chodzić do szkoły, która do niego pasuje?"
   }$j$::jsonb,
   $j${
     "nl": "Kan uw kind naar een school die goed bij hem of haar past?",
     "en": "Can your child go to a school that suits them well?",
     "ar": "هل يستطيع طفلك الذهاب إلى مدرسة تناسبه جيدًا؟",
     "uk": "Чи може Ваша дитина ходити до школи, яка їй добре підходить?",
     "tr": "Çocuğunuz kendisine iyi uyan bir okula gidebiliyor mu?",
     "pl": "Czy Państwa dziecko może chodzić do szkoły, która dobrze do niego pasuje?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 32),
  ('onderwijs_kinderrechten_geleerd', 'onderwijs', array[29, 42], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Heb je op school geleerd over kinderrechten?",
     "en": "Have you learned about children's rights at school?",
     "ar": "هل تعلّمت في المدرسة عن حقوق الطفل؟",
     "uk": "Чи вчили тебе в школі про права дитини?",
     "tr": "Okulda çocuk haklarını öğrendin mi?",
     "pl": "Czy w szkole uczono cię o prawach dziecka?"
   }$j$::jsonb,
   $j${
     "nl": "Heeft uw kind op school geleerd over kinderrechten?",
     "en": "Has your child learned about children's rights at school?",
     "ar": "هل تعلّم طفلك في المدرسة عن حقوق الطفل؟",
     "uk": "Чи вчили Вашу дитину в школі про права дитини?",
     "tr": "Çocuğunuz okulda çocuk haklarını öğrendi mi?",
     "pl": "Czy w szkole uczono Państwa dziecko o prawach dziecka?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 33),
  ('onderwijs_open_vraag', 'onderwijs', array[28, 29, 12], 'text',
   '[]'::jsonb,
   $j${
     "nl": "Wat zou jij willen veranderen aan jouw school? (Schrijf geen namen op.)",
     "en": "What would you like to change about your school? (Don't write any names.)",
     "ar": "ما الذي تودّ تغييره في مدرستك؟ (لا تكتب أي أسماء.)",
     "uk": "Що ти хочеш змінити у своїй школі? (Не пиши жодних імен.)",
     "tr": "Okulunda neyi değiştirmek isterdin? (İsim yazma.)",
     "pl": "Co chcesz zmienić w swojej szkole? (Nie wpisuj żadnych imion.)"
   }$j$::jsonb,
   null,
   array['8-11', '12-15', '16-18'], 34),
  -- 7. asiel
  ('asiel_welkom', 'asiel', array[22, 2], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Kinderen die naar Nederland zijn gevlucht, worden hier goed ontvangen.",
     "en": "Children who have fled to the Netherlands are made welcome here.",
     "ar": "الأطفال الذين لجؤوا إلى هولندا يُستقبَلون هنا بشكل جيد.",
     "uk": "Дітей, які приїхали до Нідерландів як біженці, тут добре приймають.",
     "tr": "Hollanda'ya sığınan çocuklar burada iyi karşılanıyor.",
     "pl": "Dzieci, które uciekły do Holandii, są tu dobrze przyjmowane."
   }$j$::jsonb,
   $j${
     "nl": "Kinderen die naar Nederland zijn gevlucht, worden in onze buurt goed ontvangen.",
     "en": "Children who have fled to the Netherlands are made welcome in our neighbourhood.",
     "ar": "الأطفال الذين لجؤوا إلى هولندا يُستقبَلون في حيّنا بشكل جيد.",
     "uk": "Дітей, які приїхали до Нідерландів як біженці, у нашому районі добре приймають.",
     "tr": "Hollanda'ya sığınan çocuklar mahallemizde iyi karşılanıyor.",
     "pl": "Dzieci, które uciekły do Holandii, są w naszej okolicy dobrze przyjmowane."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 35),
  ('asiel_meteen_naar_school', 'asiel', array[22, 28], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Vind je dat gevluchte kinderen meteen naar school moeten kunnen?",
     "en": "Do you think children who have fled should be able to go to school straight away?",
     "ar": "هل تعتقد أن الأطفال اللاجئين يجب أن يتمكنوا من الذهاب إلى المدرسة فورًا؟",
     "uk": "Чи вважаєш ти, що діти-біженці повинні мати змогу одразу піти до школи?",
     "tr": "Sence mülteci çocuklar hemen okula gidebilmeli mi?",
     "pl": "Czy uważasz, że dzieci-uchodźcy powinny móc od razu chodzić do szkoły?"
   }$j$::jsonb,
   $j${
     "nl": "Vindt u dat gevluchte kinderen meteen naar school moeten kunnen?",
     "en": "Do you think children who have fled should be able to go to school straight away?",
     "ar": "هل تعتقد أن الأطفال اللاجئين يجب أن يتمكنوا من الذهاب إلى المدرسة فورًا؟",
     "uk": "Чи вважаєте Ви, що діти-біженці повинні мати змогу одразу піти до школи?",
     "tr": "Sizce mülteci çocuklar hemen okula gidebilmeli mi?",
     "pl": "Czy uważają Państwo, że dzieci-uchodźcy powinny móc od razu chodzić do szkoły?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 36),
  ('asiel_wat_nodig', 'asiel', array[22, 27, 28, 31], 'multi',
   $j$[
     {"value": "vaste_woonplek", "label": {"nl": "Een vaste plek om te wonen", "en": "A settled place to live", "ar": "مكان ثابت للعيش", "uk": "Постійне місце, де жити", "tr": "Kalıcı bir yaşam yeri", "pl": "Stałe miejsce do mieszkania"}},
     {"value": "school", "label": {"nl": "Naar school gaan", "en": "Going to school", "ar": "الذهاب إلى المدرسة", "uk": "Ходити до школи", "tr": "Okula gitmek", "pl": "Chodzenie do szkoły"}},
     {"value": "vrienden", "label": {"nl": "Vrienden", "en": "Friends", "ar": "أصدقاء", "uk": "Друзі", "tr": "Arkadaşlar", "pl": "Przyjaciele"}},
     {"value": "spelen", "label": {"nl": "Spelen en sporten", "en": "Playing and sport", "ar": "اللعب والرياضة", "uk": "Ігри та спорт", "tr": "Oyun ve spor", "pl": "Zabawa i sport"}},
     {"value": "praten", "label": {"nl": "Iemand om mee te praten", "en": "Someone to talk to", "ar": "شخص يتحدثون معه", "uk": "Хтось, з ким можна поговорити", "tr": "Konuşabilecekleri biri", "pl": "Ktoś, z kim można porozmawiać"}},
     {"value": "familie", "label": {"nl": "Hun familie bij zich", "en": "Having their family with them", "ar": "أن تكون عائلاتهم معهم", "uk": "Бути разом зі своєю родиною", "tr": "Aileleriyle birlikte olmak", "pl": "Bycie razem z rodziną"}},
     {"value": "taal", "label": {"nl": "Hulp met de taal", "en": "Help with the language", "ar": "المساعدة في تعلّم اللغة", "uk": "Допомога з мовою", "tr": "Dil konusunda yardım", "pl": "Pomoc w nauce języka"}}
   ]$j$::jsonb,
   $j${
     "nl": "Wat hebben gevluchte kinderen volgens jou het meest nodig?",
     "en": "What do you think children who have fled need most?",
     "ar": "برأيك، ما أكثر ما يحتاجه الأطفال اللاجئون؟",
     "uk": "Як ти думаєш, що найбільше потрібно дітям-біженцям?",
     "tr": "Sence mülteci çocukların en çok neye ihtiyacı var?",
     "pl": "Jak myślisz, czego dzieci-uchodźcy potrzebują najbardziej?"
   }$j$::jsonb,
   null,
   array['8-11', '12-15', '16-18'], 37),
  ('asiel_niet_steeds_verhuizen', 'asiel', array[3, 22, 27], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Gevluchte kinderen moeten niet steeds naar een andere opvang hoeven verhuizen.",
     "en": "Children who have fled should not have to keep moving to a different shelter.",
     "ar": "يجب ألّا يُضطر الأطفال اللاجئون إلى الانتقال باستمرار من مركز إيواء إلى آخر.",
     "uk": "Діти-біженці не повинні постійно переїжджати з одного центру для біженців до іншого.",
     "tr": "Mülteci çocuklar sürekli başka bir kabul merkezine taşınmak zorunda kalmamalı.",
     "pl": "Dzieci-uchodźcy nie powinny ciągle przeprowadzać się do innego ośrodka."
   }$j$::jsonb,
   null,
   array['12-15', '16-18'], 38),
  ('asiel_gezin_samen', 'asiel', array[10, 9, 22], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Vind je dat gevluchte kinderen hun ouders naar Nederland moeten kunnen laten komen?",
     "en": "Do you think children who have fled should be able to bring their parents to the Netherlands?",
     "ar": "هل تعتقد أن الأطفال اللاجئين يجب أن يتمكنوا من إحضار والديهم إلى هولندا؟",
     "uk": "Чи вважаєш ти, що батьки дітей-біженців повинні мати змогу приїхати до них у Нідерланди?",
     "tr": "Sence mülteci çocuklar anne babalarını Hollanda'ya getirebilmeli mi?",
     "pl": "Czy uważasz, że dzieci-uchodźcy powinny móc sprowadzić rodziców do Holandii?"
   }$j$::jsonb,
   $j${
     "nl": "Vindt u dat gevluchte kinderen hun ouders naar Nederland moeten kunnen laten komen?",
     "en": "Do you think children who have fled should be able to bring their parents to the Netherlands?",
     "ar": "هل تعتقد أن الأطفال اللاجئين يجب أن يتمكنوا من إحضار والديهم إلى هولندا؟",
     "uk": "Чи вважаєте Ви, що батьки дітей-біженців повинні мати змогу приїхати до них у Нідерланди?",
     "tr": "Sizce mülteci çocuklar anne babalarını Hollanda'ya getirebilmeli mi?",
     "pl": "Czy uważają Państwo, że dzieci-uchodźcy powinny móc sprowadzić rodziców do Holandii?"
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 39),
  ('asiel_kind_gehoord', 'asiel', array[12, 22, 3], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Bij beslissingen over gevluchte kinderen moet naar de kinderen zelf geluisterd worden.",
     "en": "When decisions are made about children who have fled, the children themselves should be heard.",
     "ar": "عند اتخاذ قرارات بشأن الأطفال اللاجئين، يجب الاستماع إلى الأطفال أنفسهم.",
     "uk": "Коли ухвалюють рішення щодо дітей-біженців, треба вислухати самих дітей.",
     "tr": "Mülteci çocuklarla ilgili kararlar alınırken çocukların kendisi de dinlenmeli.",
     "pl": "Przy decyzjach dotyczących dzieci-uchodźców trzeba wysłuchać samych dzieci."
   }$j$::jsonb,
   null,
   array['16-18'], 40),
  -- 8. uitbuiting
  ('uitbuiting_gedwongen_werken', 'uitbuiting', array[32, 35, 36], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Ik weet wat ik moet doen als een volwassene mij dwingt om te werken voor geld.",
     "en": "I know what to do if an adult forces me to work for money.",
     "ar": "أعرف ما يجب أن أفعله إذا أجبرني شخص بالغ على العمل مقابل المال.",
     "uk": "Я знаю, що робити, якщо дорослий змушує мене працювати за гроші.",
     "tr": "Bir yetişkin beni para için çalışmaya zorlarsa ne yapmam gerektiğini biliyorum.",
     "pl": "Wiem, co robić, jeśli dorosły zmusza mnie do pracy za pieniądze."
   }$j$::jsonb,
   $j${
     "nl": "Mijn kind weet wat het moet doen als een volwassene het dwingt om te werken.",
     "en": "My child knows what to do if an adult forces them to work.",
     "ar": "يعرف طفلي ما يجب أن يفعله إذا أجبره شخص بالغ على العمل.",
     "uk": "Моя дитина знає, що робити, якщо дорослий змушує її працювати.",
     "tr": "Çocuğum, bir yetişkin onu çalışmaya zorlarsa ne yapması gerektiğini biliyor.",
     "pl": "Moje dziecko wie, co robić, jeśli dorosły zmusza je do pracy."
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 41),
  ('uitbuiting_online_druk', 'uitbuiting', array[34, 36, 17], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Ik weet wat ik kan doen als iemand mij online onder druk zet.",
     "en": "I know what I can do if someone puts pressure on me online.",
     "ar": "أعرف ما يمكنني فعله إذا ضغط عليّ أحد عبر الإنترنت.",
     "uk": "Я знаю, що можу зробити, якщо хтось тисне на мене в інтернеті.",
     "tr": "Biri internette bana baskı yaparsa ne yapabileceğimi biliyorum.",
     "pl": "Wiem, co mogę zrobić, jeśli ktoś wywiera na mnie presję w internecie."
   }$j$::jsonb,
   $j${
     "nl": "Mijn kind weet wat het kan doen als iemand het online onder druk zet.",
     "en": "My child knows what they can do if someone puts pressure on them online.",
     "ar": "يعرف طفلي ما يمكنه فعله إذا ضغط عليه أحد عبر الإنترنت.",
     "uk": "Моя дитина знає, що може зробити, якщо хтось тисне на неї в інтернеті.",
     "tr": "Çocuğum, biri internette ona baskı yaparsa ne yapabileceğini biliyor.",
     "pl": "Moje dziecko wie, co może zrobić, jeśli ktoś wywiera na nie presję w internecie."
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 42),
  ('uitbuiting_snel_geld', 'uitbuiting', array[32, 33, 36], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Denk je dat jongeren hier worden gelokt met snel geld voor foute klusjes?",
     "en": "Do you think young people here are lured with easy money into doing illegal jobs?",
     "ar": "هل تعتقد أن الشباب هنا يُغرَون بالمال السريع للقيام بأعمال غير قانونية؟",
     "uk": "Як ти думаєш, чи заманюють тут підлітків легкими грошима на незаконні «підробітки»?",
     "tr": "Sence buradaki gençler kolay para vaadiyle yasa dışı işlere çekiliyor mu?",
     "pl": "Czy myślisz, że młodych ludzi kusi się tu łatwymi pieniędzmi za nielegalne zlecenia?"
   }$j$::jsonb,
   null,
   array['12-15', '16-18'], 43),
  ('uitbuiting_signalen', 'uitbuiting', array[32, 34, 35, 36], 'multi',
   $j$[
     {"value": "onbetaald_werk", "label": {"nl": "Moet veel werken zonder betaald te krijgen", "en": "Has to work a lot without getting paid", "ar": "يُجبَر على العمل كثيرًا دون أجر", "uk": "Мусить багато працювати без оплати", "tr": "Para almadan çok çalışmak zorunda", "pl": "Musi dużo pracować bez zapłaty"}},
     {"value": "niet_vrij", "label": {"nl": "Mag niet zelf kiezen waar hij of zij heen gaat", "en": "Isn't allowed to decide where to go", "ar": "لا يُسمَح له باختيار المكان الذي يذهب إليه", "uk": "Не може вирішувати, куди йти", "tr": "Nereye gideceğine kendisi karar veremiyor", "pl": "Nie może decydować, dokąd chodzi"}},
     {"value": "dure_spullen", "label": {"nl": "Heeft opeens dure spullen of veel geld", "en": "Suddenly has expensive things or lots of money", "ar": "لديه فجأة أشياء غالية أو مال كثير", "uk": "Раптом має дорогі речі або багато грошей", "tr": "Birden pahalı eşyaları ya da çok parası oluyor", "pl": "Nagle ma drogie rzeczy albo dużo pieniędzy"}},
     {"value": "bang", "label": {"nl": "Is bang voor iemand", "en": "Is afraid of someone", "ar": "يخاف من شخص ما", "uk": "Боїться когось", "tr": "Birinden korkuyor", "pl": "Boi się kogoś"}},
     {"value": "schuld", "label": {"nl": "Heeft een schuld bij iemand", "en": "Owes someone money", "ar": "عليه دَين لشخص ما", "uk": "Має борг перед кимось", "tr": "Birine borcu var", "pl": "Ma u kogoś dług"}},
     {"value": "vaak_weg", "label": {"nl": "Is vaak weg van school of van huis", "en": "Is often away from school or home", "ar": "يغيب كثيرًا عن المدرسة أو البيت", "uk": "Часто не буває в школі чи вдома", "tr": "Sık sık okulda ya da evde olmuyor", "pl": "Często znika ze szkoły albo z domu"}},
     {"value": "weet_niet", "label": {"nl": "Weet ik niet", "en": "I don't know", "ar": "لا أعرف", "uk": "Не знаю", "tr": "Bilmiyorum", "pl": "Nie wiem"}}
   ]$j$::jsonb,
   $j${
     "nl": "Wat kan volgens jou een teken zijn dat een jongere wordt uitgebuit?",
     "en": "What do you think could be a sign that a young person is being exploited?",
     "ar": "برأيك، ما الذي قد يكون علامة على أن شابًا يتعرض للاستغلال؟",
     "uk": "Як ти думаєш, що може свідчити про те, що підлітка експлуатують?",
     "tr": "Sence bir gencin sömürüldüğünü ne gösterebilir?",
     "pl": "Jak myślisz, co może być sygnałem, że młoda osoba jest wykorzystywana?"
   }$j$::jsonb,
   $j${
     "nl": "Wat kan volgens u een teken zijn dat een jongere wordt uitgebuit?",
     "en": "What do you think could be a sign that a young person is being exploited?",
     "ar": "برأيك، ما الذي قد يكون علامة على أن شابًا يتعرض للاستغلال؟",
     "uk": "Як Ви вважаєте, що може свідчити про те, що підлітка експлуатують?",
     "tr": "Sizce bir gencin sömürüldüğünü ne gösterebilir?",
     "pl": "Jak Państwo myślą, co może być sygnałem, że młoda osoba jest wykorzystywana?"
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 44),
  ('uitbuiting_online_geleerd', 'uitbuiting', array[17, 34, 36], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Heb je op school geleerd hoe je jezelf online kunt beschermen?",
     "en": "Have you learned at school how to protect yourself online?",
     "ar": "هل تعلّمت في المدرسة كيف تحمي نفسك على الإنترنت؟",
     "uk": "Чи вчили тебе в школі, як захистити себе в інтернеті?",
     "tr": "Okulda internette kendini nasıl koruyacağını öğrendin mi?",
     "pl": "Czy w szkole uczono cię, jak chronić się w internecie?"
   }$j$::jsonb,
   $j${
     "nl": "Heeft uw kind op school geleerd hoe het zichzelf online kan beschermen?",
     "en": "Has your child learned at school how to protect themselves online?",
     "ar": "هل تعلّم طفلك في المدرسة كيف يحمي نفسه على الإنترنت؟",
     "uk": "Чи вчили Вашу дитину в школі, як захистити себе в інтернеті?",
     "tr": "Çocuğunuz okulda internette kendini nasıl koruyacağını öğrendi mi?",
     "pl": "Czy w szkole uczono Państwa dziecko, jak chronić się w internecie?"
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 45),
  -- 9. jeugdstrafrecht
  ('jeugdstrafrecht_nieuwe_kans', 'jeugdstrafrecht', array[40], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Jongeren die iets fout hebben gedaan, moeten een nieuwe kans krijgen.",
     "en": "Young people who have done something wrong should get a second chance.",
     "ar": "الشباب الذين ارتكبوا خطأً يجب أن يحصلوا على فرصة جديدة.",
     "uk": "Підлітки, які зробили щось погане, повинні отримати ще один шанс.",
     "tr": "Yanlış bir şey yapan gençlere yeni bir şans verilmeli.",
     "pl": "Młodzi ludzie, którzy zrobili coś złego, powinni dostać drugą szansę."
   }$j$::jsonb,
   $j${
     "nl": "Jongeren die iets fout hebben gedaan, verdienen volgens mij een nieuwe kans.",
     "en": "I think young people who have done something wrong deserve a second chance.",
     "ar": "أرى أن الشباب الذين ارتكبوا خطأً يستحقون فرصة جديدة.",
     "uk": "Я вважаю, що підлітки, які зробили щось погане, заслуговують на ще один шанс.",
     "tr": "Bence yanlış bir şey yapan gençler yeni bir şansı hak ediyor.",
     "pl": "Uważam, że młodzi ludzie, którzy zrobili coś złego, zasługują na drugą szansę."
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 46),
  ('jeugdstrafrecht_apart_van_volwassenen', 'jeugdstrafrecht', array[37], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Vind je dat jongeren die vastzitten altijd apart van volwassenen moeten zitten?",
     "en": "Do you think young people who are locked up should always be kept apart from adults?",
     "ar": "هل تعتقد أن الشباب المحتجَزين يجب أن يكونوا دائمًا منفصلين عن البالغين؟",
     "uk": "Чи вважаєш ти, що підлітків під вартою завжди треба тримати окремо від дорослих?",
     "tr": "Sence tutuklu gençler her zaman yetişkinlerden ayrı tutulmalı mı?",
     "pl": "Czy uważasz, że zatrzymani młodzi ludzie powinni zawsze przebywać osobno od dorosłych?"
   }$j$::jsonb,
   null,
   array['12-15', '16-18'], 47),
  ('jeugdstrafrecht_rechten_politie', 'jeugdstrafrecht', array[40, 42], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Ik weet welke rechten ik heb als de politie mij aanspreekt.",
     "en": "I know what my rights are when the police stop me.",
     "ar": "أعرف ما هي حقوقي إذا أوقفتني الشرطة.",
     "uk": "Я знаю свої права, якщо мене зупиняє поліція.",
     "tr": "Polis beni durdurursa hangi haklarım olduğunu biliyorum.",
     "pl": "Wiem, jakie mam prawa, kiedy policja mnie zatrzymuje i o coś pyta."
   }$j$::jsonb,
   $j${
     "nl": "Mijn kind weet welke rechten het heeft als de politie het aanspreekt.",
     "en": "My child knows their rights when the police stop them.",
     "ar": "يعرف طفلي ما هي حقوقه إذا أوقفته الشرطة.",
     "uk": "Моя дитина знає свої права, якщо її зупиняє поліція.",
     "tr": "Çocuğum, polis onu durdurursa hangi hakları olduğunu biliyor.",
     "pl": "Moje dziecko wie, jakie ma prawa, kiedy policja je zatrzymuje i o coś pyta."
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 48),
  ('jeugdstrafrecht_politie_eerlijk', 'jeugdstrafrecht', array[2, 40], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "De politie behandelt alle jongeren eerlijk.",
     "en": "The police treat all young people fairly.",
     "ar": "تعامل الشرطة جميع الشباب بعدل.",
     "uk": "Поліція ставиться до всіх підлітків справедливо.",
     "tr": "Polis bütün gençlere adil davranıyor.",
     "pl": "Policja traktuje wszystkich młodych ludzi sprawiedliwie."
   }$j$::jsonb,
   $j${
     "nl": "De politie behandelt alle jongeren eerlijk, ook jongeren zoals mijn kind.",
     "en": "The police treat all young people fairly, including young people like my child.",
     "ar": "تعامل الشرطة جميع الشباب بعدل، ومنهم شباب مثل طفلي.",
     "uk": "Поліція ставиться до всіх підлітків справедливо, зокрема до таких, як моя дитина.",
     "tr": "Polis, çocuğum gibi gençler de dahil, bütün gençlere adil davranıyor.",
     "pl": "Policja traktuje sprawiedliwie wszystkich młodych ludzi, także takich jak moje dziecko."
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 49),
  ('jeugdstrafrecht_leeftijd', 'jeugdstrafrecht', array[40], 'choice',
   $j$[
     {"value": "vanaf_12", "label": {"nl": "Vanaf 12 jaar", "en": "From age 12", "ar": "من عمر 12 سنة", "uk": "З 12 років", "tr": "12 yaşından itibaren", "pl": "Od 12 lat"}},
     {"value": "vanaf_14", "label": {"nl": "Vanaf 14 jaar", "en": "From age 14", "ar": "من عمر 14 سنة", "uk": "З 14 років", "tr": "14 yaşından itibaren", "pl": "Od 14 lat"}},
     {"value": "vanaf_16", "label": {"nl": "Vanaf 16 jaar", "en": "From age 16", "ar": "من عمر 16 سنة", "uk": "З 16 років", "tr": "16 yaşından itibaren", "pl": "Od 16 lat"}},
     {"value": "vanaf_18", "label": {"nl": "Vanaf 18 jaar", "en": "From age 18", "ar": "من عمر 18 سنة", "uk": "З 18 років", "tr": "18 yaşından itibaren", "pl": "Od 18 lat"}},
     {"value": "weet_niet", "label": {"nl": "Weet ik niet", "en": "I don't know", "ar": "لا أعرف", "uk": "Не знаю", "tr": "Bilmiyorum", "pl": "Nie wiem"}}
   ]$j$::jsonb,
   $j${
     "nl": "Vanaf welke leeftijd mag een rechter een kind volgens jou straffen?",
     "en": "From what age do you think a judge should be allowed to punish a child?",
     "ar": "برأيك، من أي عمر يجوز للقاضي أن يعاقب الطفل؟",
     "uk": "Як ти думаєш, з якого віку суддя може карати дитину?",
     "tr": "Sence bir hâkim bir çocuğu kaç yaşından itibaren cezalandırabilmeli?",
     "pl": "Jak myślisz, od jakiego wieku sędzia może karać dziecko?"
   }$j$::jsonb,
   $j${
     "nl": "Vanaf welke leeftijd mag een rechter een kind volgens u straffen?",
     "en": "From what age do you think a judge should be allowed to punish a child?",
     "ar": "برأيك، من أي عمر يجوز للقاضي أن يعاقب الطفل؟",
     "uk": "Як Ви вважаєте, з якого віку суддя може карати дитину?",
     "tr": "Sizce bir hâkim bir çocuğu kaç yaşından itibaren cezalandırabilmeli?",
     "pl": "Jak Państwo uważają, od jakiego wieku sędzia może karać dziecko?"
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 50),
  ('jeugdstrafrecht_advocaat', 'jeugdstrafrecht', array[40], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Moet een jongere bij de politie altijd eerst met een advocaat kunnen praten?",
     "en": "Should a young person at the police station always be able to talk to a lawyer first?",
     "ar": "هل يجب أن يتمكن الشاب في مركز الشرطة دائمًا من التحدث مع محامٍ أولًا؟",
     "uk": "Чи повинен підліток у поліції завжди мати змогу спершу поговорити з адвокатом?",
     "tr": "Karakoldaki bir genç her zaman önce bir avukatla konuşabilmeli mi?",
     "pl": "Czy młoda osoba na policji powinna zawsze móc najpierw porozmawiać z adwokatem?"
   }$j$::jsonb,
   null,
   array['16-18'], 51),
  -- 10. jeugdstrategie
  ('jeugdstrategie_rechten_kennen', 'jeugdstrategie', array[42, 4], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "Ik weet welke rechten kinderen hebben.",
     "en": "I know what rights children have.",
     "ar": "أعرف ما هي حقوق الأطفال.",
     "uk": "Я знаю, які права мають діти.",
     "tr": "Çocukların hangi haklara sahip olduğunu biliyorum.",
     "pl": "Wiem, jakie prawa mają dzieci."
   }$j$::jsonb,
   $j${
     "nl": "Mijn kind weet welke rechten kinderen hebben.",
     "en": "My child knows what rights children have.",
     "ar": "يعرف طفلي ما هي حقوق الأطفال.",
     "uk": "Моя дитина знає, які права мають діти.",
     "tr": "Çocuğum, çocukların hangi haklara sahip olduğunu biliyor.",
     "pl": "Moje dziecko wie, jakie prawa mają dzieci."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 52),
  ('jeugdstrategie_gemeente_denkt_na', 'jeugdstrategie', array[4, 3], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "De gemeente denkt goed na over wat kinderen nodig hebben.",
     "en": "The municipality thinks carefully about what children need.",
     "ar": "تفكّر البلدية جيدًا في ما يحتاجه الأطفال.",
     "uk": "Муніципалітет добре думає про те, що потрібно дітям.",
     "tr": "Belediye çocukların neye ihtiyacı olduğunu iyi düşünüyor.",
     "pl": "Gmina dobrze się zastanawia, czego potrzebują dzieci."
   }$j$::jsonb,
   $j${
     "nl": "De gemeente denkt goed na over wat kinderen zoals mijn kind nodig hebben.",
     "en": "The municipality thinks carefully about what children like mine need.",
     "ar": "تفكّر البلدية جيدًا في ما يحتاجه أطفال مثل طفلي.",
     "uk": "Муніципалітет добре думає про те, що потрібно таким дітям, як моя дитина.",
     "tr": "Belediye, çocuğum gibi çocukların neye ihtiyacı olduğunu iyi düşünüyor.",
     "pl": "Gmina dobrze się zastanawia, czego potrzebują takie dzieci jak moje."
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 53),
  ('jeugdstrategie_samenwerken', 'jeugdstrategie', array[4, 3, 18], 'smiley5',
   '[]'::jsonb,
   $j${
     "nl": "School, hulpverleners en de gemeente werken goed samen voor jongeren.",
     "en": "School, care workers and the municipality work well together for young people.",
     "ar": "تتعاون المدرسة والمختصون والبلدية جيدًا من أجل الشباب.",
     "uk": "Школа, фахівці з допомоги та муніципалітет добре співпрацюють заради молоді.",
     "tr": "Okul, destek uzmanları ve belediye gençler için iyi bir iş birliği yapıyor.",
     "pl": "Szkoła, specjaliści od pomocy i gmina dobrze współpracują na rzecz młodzieży."
   }$j$::jsonb,
   $j${
     "nl": "School, hulpverleners en de gemeente werken goed samen voor mijn kind.",
     "en": "School, care workers and the municipality work well together for my child.",
     "ar": "تتعاون المدرسة والمختصون والبلدية جيدًا من أجل طفلي.",
     "uk": "Школа, фахівці з допомоги та муніципалітет добре співпрацюють заради моєї дитини.",
     "tr": "Okul, destek uzmanları ve belediye çocuğum için iyi bir iş birliği yapıyor.",
     "pl": "Szkoła, specjaliści od pomocy i gmina dobrze współpracują na rzecz mojego dziecka."
   }$j$::jsonb,
   array['12-15', '16-18', 'parent'], 54),
  ('jeugdstrategie_eerst_aanpakken', 'jeugdstrategie', array[4, 12], 'choice',
   $j$[
     {"value": "school", "label": {"nl": "School en leren", "en": "School and learning", "ar": "المدرسة والتعلّم", "uk": "Школа й навчання", "tr": "Okul ve öğrenme", "pl": "Szkoła i nauka"}},
     {"value": "goed_voelen", "label": {"nl": "Je goed voelen", "en": "Feeling good", "ar": "الشعور بالراحة النفسية", "uk": "Гарне самопочуття", "tr": "Kendini iyi hissetmek", "pl": "Dobre samopoczucie"}},
     {"value": "geld", "label": {"nl": "Genoeg geld voor elk gezin", "en": "Enough money for every family", "ar": "مال كافٍ لكل عائلة", "uk": "Достатньо грошей для кожної родини", "tr": "Her aileye yetecek kadar para", "pl": "Wystarczająco pieniędzy dla każdej rodziny"}},
     {"value": "eerlijk", "label": {"nl": "Eerlijk behandeld worden", "en": "Being treated fairly", "ar": "المعاملة بعدل", "uk": "Справедливе ставлення", "tr": "Adil davranılmak", "pl": "Sprawiedliwe traktowanie"}},
     {"value": "snel_hulp", "label": {"nl": "Snel hulp als het nodig is", "en": "Quick help when it's needed", "ar": "مساعدة سريعة عند الحاجة", "uk": "Швидка допомога, коли вона потрібна", "tr": "Gerektiğinde hızlı yardım", "pl": "Szybka pomoc, gdy jest potrzebna"}},
     {"value": "veilig", "label": {"nl": "Veilig op straat en online", "en": "Safety in the streets and online", "ar": "الأمان في الشارع وعلى الإنترنت", "uk": "Безпека на вулиці та в інтернеті", "tr": "Sokakta ve internette güvenlik", "pl": "Bezpieczeństwo na ulicy i w internecie"}}
   ]$j$::jsonb,
   $j${
     "nl": "Wat moet de gemeente volgens jou als eerste beter maken voor kinderen?",
     "en": "What do you think the municipality should improve first for children?",
     "ar": "برأيك، ما أول شيء يجب أن تحسّنه البلدية من أجل الأطفال؟",
     "uk": "Як ти думаєш, що муніципалітет має покращити для дітей насамперед?",
     "tr": "Sence belediye çocuklar için ilk önce neyi iyileştirmeli?",
     "pl": "Jak myślisz, co gmina powinna najpierw poprawić dla dzieci?"
   }$j$::jsonb,
   $j${
     "nl": "Wat moet de gemeente volgens u als eerste beter maken voor kinderen?",
     "en": "What do you think the municipality should improve first for children?",
     "ar": "برأيك، ما أول شيء يجب أن تحسّنه البلدية من أجل الأطفال؟",
     "uk": "Як Ви вважаєте, що муніципалітет має покращити для дітей насамперед?",
     "tr": "Sizce belediye çocuklar için ilk önce neyi iyileştirmeli?",
     "pl": "Jak Państwo uważają, co gmina powinna najpierw poprawić dla dzieci?"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 55),
  ('jeugdstrategie_meedenken', 'jeugdstrategie', array[12, 4], 'yes_no_unsure',
   '[]'::jsonb,
   $j${
     "nl": "Wil jij meedenken over een plan voor alle kinderen in je gemeente?",
     "en": "Would you like to help come up with a plan for all children in your municipality?",
     "ar": "هل تريد أن تشارك في وضع خطة لجميع الأطفال في بلديتك؟",
     "uk": "Чи хочеш ти долучитися до створення плану для всіх дітей у твоєму муніципалітеті?",
     "tr": "Belediyendeki bütün çocuklar için bir plan hazırlanmasına katkı vermek ister misin?",
     "pl": "Czy chcesz pomóc w tworzeniu planu dla wszystkich dzieci w twojej gminie?"
   }$j$::jsonb,
   null,
   array['8-11', '12-15', '16-18'], 56),
  ('jeugdstrategie_open_vraag', 'jeugdstrategie', array[4, 12], 'text',
   '[]'::jsonb,
   $j${
     "nl": "Wat zou jij willen veranderen aan je gemeente voor alle kinderen en jongeren? (Schrijf geen namen op.)",
     "en": "What would you like to change in your municipality for all children and young people? (Don't write any names.)",
     "ar": "ما الذي تودّ تغييره في بلديتك من أجل جميع الأطفال والشباب؟ (لا تكتب أي أسماء.)",
     "uk": "Що ти хочеш змінити у своєму муніципалітеті для всіх дітей і молоді? (Не пиши жодних імен.)",
     "tr": "Belediyende bütün çocuklar ve gençler için neyi değiştirmek isterdin? (İsim yazma.)",
     "pl": "Co chcesz zmienić w swojej gminie dla wszystkich dzieci i młodzieży? (Nie wpisuj żadnych imion.)"
   }$j$::jsonb,
   $j${
     "nl": "Wat zou u willen veranderen aan uw gemeente voor alle kinderen en jongeren? (Schrijf geen namen op.)",
     "en": "What would you like to change in your municipality for all children and young people? (Please don't write any names.)",
     "ar": "ما الذي تودّ تغييره في بلديتك من أجل جميع الأطفال والشباب؟ (يُرجى عدم كتابة أي أسماء.)",
     "uk": "Що Ви хотіли б змінити у своєму муніципалітеті для всіх дітей і молоді? (Будь ласка, не пишіть жодних імен.)",
     "tr": "Belediyenizde bütün çocuklar ve gençler için neyi değiştirmek isterdiniz? (Lütfen isim yazmayın.)",
     "pl": "Co chcieliby Państwo zmienić w swojej gminie dla wszystkich dzieci i młodzieży? (Prosimy nie wpisywać żadnych imion.)"
   }$j$::jsonb,
   array['8-11', '12-15', '16-18', 'parent'], 57)
on conflict (id) do update set
  theme = excluded.theme,
  crc_articles = excluded.crc_articles,
  kind = excluded.kind,
  options = excluded.options,
  text = excluded.text,
  parent_text = excluded.parent_text,
  age_bands = excluded.age_bands,
  position = excluded.position;
