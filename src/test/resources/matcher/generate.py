"""Writes labelled.txt: the matcher's labelled set, from hand-written name forms and sentence templates.

Every person, event and sentence is fictional. Each output line is one document; [[surface|id]] marks a
mention the matcher must find, and a line without marks is a trap in which it must find nothing.
Run: python3 generate.py > labelled.txt (deterministic).
"""
import random

# Hand-written forms per person: Latin full-name spellings, Latin bare-surname spellings, and Russian
# and Kazakh forms by case: nominative, genitive, dative, instrumental, prepositional.
P = {
 'temirkhanov': dict(
    en=['Aidos Temirkhanov', 'Aidos Temirhanov', 'A. Temirkhanov'], en_sur=['Temirkhanov'],
    ru=dict(nom='Айдос Темирханов', gen='Айдоса Темирханова', dat='Айдосу Темирханову', ins='Айдосом Темирхановым', pre='Айдосе Темирханове'),
    ru_sur=dict(nom='Темирханов', gen='Темирханова', dat='Темирханову', ins='Темирхановым'),
    kk=['Айдос Темірханов', 'Айдос Темірхановтың', 'Айдос Темірхановқа', 'Айдос Темірхановты']),
 'tokmurzin': dict(
    en=['Yerlan Tokmurzin', 'Erlan Tokmurzin', 'Y. Tokmurzin'], en_sur=['Tokmurzin'],
    ru=dict(nom='Ерлан Токмурзин', gen='Ерлана Токмурзина', dat='Ерлану Токмурзину', ins='Ерланом Токмурзиным', pre='Ерлане Токмурзине'),
    ru_sur=dict(nom='Токмурзин', gen='Токмурзина', dat='Токмурзину', ins='Токмурзиным'),
    kk=['Ерлан Тоқмұрзин', 'Ерлан Тоқмұрзиннің', 'Ерлан Тоқмұрзинге']),
 'kenzhetayeva': dict(
    en=['Zhanar Kenzhetayeva', 'Zhanar Kenzhetaeva', 'Janar Kenzhetayeva'], en_sur=['Kenzhetayeva', 'Kenzhetaeva'],
    ru=dict(nom='Жанар Кенжетаева', gen='Жанар Кенжетаевой', dat='Жанар Кенжетаевой', ins='Жанар Кенжетаевой', pre='Жанар Кенжетаевой'),
    ru_sur=dict(nom='Кенжетаева', gen='Кенжетаевой', dat='Кенжетаевой', ins='Кенжетаевой'),
    kk=['Жанар Кенжетаева', 'Жанар Кенжетаеваның', 'Жанар Кенжетаеваға']),
 'kuanyshbekov': dict(
    en=['Sayat-Zhomart Kuanyshbekov', 'Sayat-Jomart Kuanyshbekov', 'Sayat Zhomart Kuanyshbekov'], en_sur=['Kuanyshbekov'],
    ru=dict(nom='Саят-Жомарт Куанышбеков', gen='Саят-Жомарта Куанышбекова', dat='Саят-Жомарту Куанышбекову', ins='Саят-Жомартом Куанышбековым', pre='Саят-Жомарте Куанышбекове'),
    ru_sur=dict(nom='Куанышбеков', gen='Куанышбекова', dat='Куанышбекову', ins='Куанышбековым'),
    kk=['Саят-Жомарт Қуанышбеков', 'Саят-Жомарт Қуанышбековтің']),
 'onlabekkyzy': dict(
    en=['Aigul Onlabekkyzy', 'Aigul Onlabekqyzy', 'Aigul Onlabekkizi'], en_sur=['Onlabekkyzy'],
    ru=dict(nom='Айгуль Онлабеккызы', gen='Айгуль Онлабеккызы', dat='Айгуль Онлабеккызы', ins='Айгуль Онлабеккызы', pre='Айгуль Онлабеккызы'),
    ru_sur=dict(nom='Онлабеккызы', gen='Онлабеккызы', dat='Онлабеккызы', ins='Онлабеккызы'),
    kk=['Айгүл Оңлабекқызы', 'Айгүл Оңлабекқызының', 'Айгүл Оңлабекқызына']),
 'yerimbetov': dict(
    en=['Yerzhan Yerimbetov', 'Erzhan Erimbetov', 'Yerzhan Erimbetov'], en_sur=['Yerimbetov', 'Erimbetov'],
    ru=dict(nom='Ержан Еримбетов', gen='Ержана Еримбетова', dat='Ержану Еримбетову', ins='Ержаном Еримбетовым', pre='Ержане Еримбетове'),
    ru_sur=dict(nom='Еримбетов', gen='Еримбетова', dat='Еримбетову', ins='Еримбетовым'),
    kk=['Ержан Ерімбетов', 'Ержан Ерімбетовтің', 'Ержан Ерімбетовке']),
 'alimuly': dict(
    en=['Daniyar Alimuly', 'Daniiar Alimuly', 'Daniyar Alimuli'], en_sur=['Alimuly'],
    ru=dict(nom='Данияр Алимулы', gen='Данияра Алимулы', dat='Данияру Алимулы', ins='Данияром Алимулы', pre='Данияре Алимулы'),
    ru_sur=dict(nom='Алимулы', gen='Алимулы', dat='Алимулы', ins='Алимулы'),
    kk=['Данияр Әлімұлы', 'Данияр Әлімұлының', 'Данияр Әлімұлына']),
 'sadykbekov': dict(
    en=['Mukhtar Sadykbekov', 'Mukhtar Sadykbekov', 'Muhtar Sadykbekov'], en_sur=['Sadykbekov'],
    ru=dict(nom='Мухтар Садыкбеков', gen='Мухтара Садыкбекова', dat='Мухтару Садыкбекову', ins='Мухтаром Садыкбековым', pre='Мухтаре Садыкбекове'),
    ru_sur=dict(nom='Садыкбеков', gen='Садыкбекова', dat='Садыкбекову', ins='Садыкбековым'),
    kk=['Мұхтар Садықбеков', 'Мұхтар Садықбековтың']),
 'dzhanabayev': dict(
    en=['Murat Dzhanabayev', 'Murat Janabaev', 'Murat Djanabayev', 'Murat Zhanabayev'], en_sur=['Dzhanabayev', 'Janabaev'],
    ru=dict(nom='Мурат Джанабаев', gen='Мурата Джанабаева', dat='Мурату Джанабаеву', ins='Муратом Джанабаевым', pre='Мурате Джанабаеве'),
    ru_sur=dict(nom='Джанабаев', gen='Джанабаева', dat='Джанабаеву', ins='Джанабаевым'),
    kk=['Мұрат Жанабаев', 'Мұрат Жанабаевтың', 'Мұрат Жанабаевқа']),
 'ismailova': dict(
    en=['Gulnara Ismailova', 'Gulnara Ismayilova', 'G. Ismailova'], en_sur=['Ismailova'],
    ru=dict(nom='Гульнара Исмаилова', gen='Гульнары Исмаиловой', dat='Гульнаре Исмаиловой', ins='Гульнарой Исмаиловой', pre='Гульнаре Исмаиловой'),
    ru_sur=dict(nom='Исмаилова', gen='Исмаиловой', dat='Исмаиловой', ins='Исмаиловой'),
    kk=['Гүлнара Исмаилова', 'Гүлнара Исмаилованың']),
 'khalelov': dict(
    en=['Bakhyt Khalelov', 'Bahyt Halelov', 'Bakhyt Halelov'], en_sur=['Khalelov'],
    ru=dict(nom='Бахыт Халелов', gen='Бахыта Халелова', dat='Бахыту Халелову', ins='Бахытом Халеловым', pre='Бахыте Халелове'),
    ru_sur=dict(nom='Халелов', gen='Халелова', dat='Халелову', ins='Халеловым'),
    kk=['Бақыт Халелов', 'Бақыт Халеловтың']),
}

EN = [
 'The appeal of {F} will be heard next week, the defence said.',
 'Supporters gathered outside the courthouse where {F} was sentenced.',
 '{F} has been held in pre-trial detention since March.',
 'Lawyers for {F} say the charges are political.',
 'A regional court on Tuesday refused parole for {F}.',
 'Monitors were not allowed into the hearing of {F}.',
 'In a letter from the colony, {F} described the conditions.',
 '{F} was transferred to another prison without notice, relatives said.',
 'The European Parliament resolution names {F} among the detained.',
 'Journalists who covered the trial of {F} were briefly detained.',
]
EN_FOLLOW = [
 ' {S} denies all charges.', ' {S} is expected to appeal.', ' According to the lawyer, {S} is on hunger strike.',
 ' The prosecutor asked for seven years for {S}.',
]
RU = [
 ('Апелляционный суд рассмотрит жалобу {gen} на следующей неделе.', 'gen'),
 ('Суд отказал {dat} в условно-досрочном освобождении.', 'dat'),
 ('{nom} находится под стражей с марта.', 'nom'),
 ('Адвокат встретился с {ins} в следственном изоляторе.', 'ins'),
 ('Правозащитники рассказали о {pre} журналистам.', 'pre'),
 ('Родственники {gen} узнали об этапе из письма.', 'gen'),
 ('Мониторы не смогли попасть на заседание по делу {gen}.', 'gen'),
 ('Европарламент призвал освободить {nom} и других заключённых.', 'nom'),
]
RU_FOLLOW = [
 (' Сам {nom} вину не признаёт.', 'nom'), (' Защита {gen} намерена обжаловать приговор.', 'gen'),
 (' Прокурор попросил для {gen} семь лет.', 'gen'), (' Судья отказал {dat} в отводе.', 'dat'),
]
KK = [
 '{K} ісі бойынша сот отырысы келесі аптаға қалдырылды.',
 'Құқық қорғаушылар {K} туралы мәлімдеме жасады.',
 'Сот {K} қатысты шешімін жариялады.',
]

TRAPS = [
 'His daughter Dana Temirkhanova opened a photo exhibition at the library.',
 'Дана Темирханова открыла фотовыставку в городской библиотеке.',
 'Nurlan Temirkhanov, a cousin, runs a shop in the market.',
 'Temirkhanova said her father had not been allowed visits.',
 'Aidos Temirbekov won the regional chess championship.',
 'Айдос Темирбеков стал чемпионом области по шахматам.',
 'Asel Tokmurzina teaches music at a village school.',
 'Асель Токмурзина преподаёт музыку в сельской школе.',
 'Yerlan Tokmukhamedov opened a new bakery.',
 'Zhanar Kenzhetayev, her brother, works as a driver.',
 'Zhanar Ospanova presented the city budget.',
 'Жанар Оспанова представила городской бюджет.',
 'Baimukhanov was detained on Monday, police said.',
 'Баймуханов был задержан в понедельник.',
 'The Baimukhanov family asked for privacy.',
 'Aigerim Baimukhanova won a scholarship.',
 'Mukhtar Abenov visited the new factory.',
 'Мухтар Абенов посетил новый завод.',
 'Mukhtar spoke first at the meeting.',
 'The writer Mukhtar was honoured at the festival.',
 'В Орле прошёл фестиваль уличной музыки.',
 'Орел стал символом фестиваля.',
 'Орёл парил над степью.',
 'Orel is a city in Russia.',
 'Viktor Petrov chaired the session.',
 'Sayat Nurlanov scored twice in the final.',
 'Саят Нурланов забил два гола в финале.',
 'Zhomart Kuanyshev opened a cafe.',
 'Aigul Sarsenova led the protest march.',
 'Айгүл Сәрсенова шеруді басқарды.',
 'Yerzhan Mukanov was appointed akim.',
 'Ержан Муканов назначен акимом.',
 'Daniyar Akhmetov won the tournament.',
 'Данияр Ахметов выиграл турнир.',
 'Murat Dzhaksybekov opened an exhibition.',
 'Мурат Джаксыбеков открыл выставку.',
 'Gulnara Ismailovna Akhmetova chairs the committee.',
 'Исмаилов рассказал о новом проекте.',
 'Rustam Ismailov is a footballer.',
 'Bakhyt Khalykov presented the harvest figures.',
 'Бахыт Халыков представил данные об урожае.',
 'Halel Bakhytov is a poet.',
 'The temirkhanov word in lower case is not a name.',
 'Aidos is a common name in the region.',
 'Ерлан рассказал о поездке.',
 'Жанар пришла на собрание первой.',
 'Kenzhebek spoke at the council.',
 'Sayat-Zhomart is a double first name.',
 'Alimuly is a common patronymic ending.',
 'Onlabek is a village in the steppe.',
 'Tokmurzin Street was renamed last year.',
 'Aidos Temirkhanuly won a grant for young scientists.',
 'Дочь осуждённого, Дана Темирханова, выступила на пикете.',
 'Ерлан Токсанбаев возглавил федерацию бокса.',
 'Erlan Tokmurzaev is a sprinter.',
 'Токмурзина Асель получила диплом.',
 'Kenzhetayev Street is closed for repairs.',
 'Нурлан Кенжетаев открыл автосервис.',
 'Zhanar Kenzhebekova sang at the concert.',
 'Kenzhebek Nurmanov coaches the youth team.',
 'Aset Baimuratov was elected to the board.',
 'Асет Баймуратов избран в совет.',
 'Кенжебек Баймурзин открыл магазин.',
 'Sayat Kuanyshbayev painted the mural.',
 'Жомарт Куанышбаев стал директором школы.',
 'Aigul Onlabekova teaches chemistry.',
 'Айгуль Онласынова выиграла конкурс.',
 'Yerzhan Yerimbekov opened a clinic.',
 'Ержан Еримбеков открыл клинику.',
 'Yerimbet is a village near the lake.',
 'Daniyar Alimov is a chess coach.',
 'Данияр Алимов тренирует шахматистов.',
 'Alimuly Street runs along the river.',
 'Mukhtar Sadykov won the marathon.',
 'Мухтар Садыков выиграл марафон.',
 'Sadykbek is a common given name.',
 'Viktor Orlov conducted the orchestra.',
 'Виктор Орлов дирижировал оркестром.',
 'The eagle, orel in Russian, is on the coat of arms.',
 'Murat Dzhanibekov opened a gallery.',
 'Мурат Жанібеков галерея ашты.',
 'Zhanabay is a small station on the railway.',
 'Gulnara Ismagulova presented the report.',
 'Гульнара Исмагулова представила отчёт.',
 'Ismail Ismailov won the wrestling final.',
 'Bakhyt Khalelbekov was appointed judge.',
 'Бахыт Халелбеков назначен судьёй.',
 'Khalel is the name of a river.',
 'The prosecutor, Mr Aidarov, asked for a fine.',
 'Судья Б. Ахметжанова объявила перерыв.',
 'Journalist Asel Nurlanova covered the story.',
 'Айдосов и Ерланов выступили на собрании.',
 'Temir Khanov is a stage name.',
 'Аким Ерлан Сабитов открыл новую школу.',
 'Dana and Aidos are popular names this year.',
 'Suleimenov, Tokayev and Nazarbayev were mentioned in the textbook.',
 'Жанар, Айгүл және Гүлнара концертте ән айтты.',
]
FILLER_TRAPS = [
 'The city council approved a new tram line to the university.',
 'Прогноз погоды: в субботу ожидается снег.',
 'Ауа райы: сенбіде қар жауады.',
 'Farmers gathered outside the district office over the pasture lease.',
 'Депутаты обсудили поправки к закону о мирных собраниях.',
 'The court postponed the hearing until December.',
 'Суд отложил заседание до декабря.',
 'A new bridge across the river opened on Friday.',
 'Министр провёл брифинг для журналистов.',
 'Сот отырысы желтоқсанға ауыстырылды.',
]

def mark(surface, pid):
    return '[[%s|%s]]' % (surface, pid)

def main():
    rnd = random.Random(20261123)
    out = []
    ids = sorted(P)
    for pid in ids:
        p = P[pid]
        for i, tpl in enumerate(EN):
            full = p['en'][i % len(p['en'])]
            line = tpl.replace('{F}', mark(full, pid))
            if i % 3 == 0:
                sur = p['en_sur'][i % len(p['en_sur'])]
                line += EN_FOLLOW[i % len(EN_FOLLOW)].replace('{S}', mark(sur, pid))
            out.append(line)
        for i, (tpl, case) in enumerate(RU):
            line = tpl.replace('{%s}' % case, mark(p['ru'][case], pid))
            if line[0].islower():
                line = line[0].upper() + line[1:]
            if i % 2 == 0:
                ftpl, fcase = RU_FOLLOW[i // 2 % len(RU_FOLLOW)]
                line += ftpl.replace('{%s}' % fcase, mark(p['ru_sur'][fcase], pid))
            out.append(line)
        for i, tpl in enumerate(KK):
            out.append(tpl.replace('{K}', mark(p['kk'][i % len(p['kk'])], pid)))
    # shared surname, tied to one person by an earlier full mention
    out.append('%s was fined for the picket. %s will appeal.' % (mark('Aset Baimukhanov', 'aset-baimukhanov'),
                                                                  mark('Baimukhanov', 'aset-baimukhanov')))
    out.append('%s остаётся под арестом. Защита %s подала жалобу.' % (mark('Кенжебек Баймуханов', 'kenzhebek-baimukhanov'),
                                                                    mark('Баймуханова', 'kenzhebek-baimukhanov')))
    out.append('%s and %s were both detained.' % (mark('Aset Baimukhanov', 'aset-baimukhanov'),
                                                   mark('Kenzhebek Baimukhanov', 'kenzhebek-baimukhanov')))
    out.append('%s ісі қаралды.' % mark('Әсет Баймұханов', 'aset-baimukhanov'))
    out.append('The court heard %s. %s said he was innocent.' % (mark('Viktor Orel', 'orel'), mark('Orel', 'orel')))
    out.append('%s задержан в Алматы.' % mark('Виктор Орел', 'orel'))
    out.append('Суд отказал %s.' % mark('Виктору Орлу', 'orel'))
    # surname first, initials, typos
    out.append('%s, 1984 года рождения, осуждён на семь лет.' % mark('Токмурзин Ерлан', 'tokmurzin'))
    out.append('В списке: %s, %s.' % (mark('Темирханов А.', 'temirkhanov'), mark('Исмаилова Г.', 'ismailova')))
    out.append('%s was released on Friday.' % mark('Aidos Temirkhanof', 'temirkhanov'))
    out.append('%s was released on Friday.' % mark('Sayat Kuanyshbekv', 'kuanyshbekov'))
    out.append('Lawyers for %s filed a complaint.' % mark('Gulnara Ismaiova', 'ismailova'))
    for t in TRAPS + FILLER_TRAPS:
        out.append(t)
    rnd.shuffle(out)
    for line in out:
        print(line)

main()
