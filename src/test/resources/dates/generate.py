"""Writes labelled.txt: the hearing-date extractor's labelled set (fictional persons and events).

Each line: published date | expected hearings (person:date:kind:status, ';'-separated, or '-') | text.
Run: python3 generate.py > labelled.txt (deterministic).
"""
import datetime as dt

PUB = dt.date(2026, 11, 20)
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
             'ноября', 'декабря']
KK_MONTHS = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда',
             'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда']

P = {
 'temirkhanov': dict(en='Aidos Temirkhanov', nom='Айдос Темирханов', gen='Айдоса Темирханова', dat='Айдосу Темирханову',
                     ins='Айдосом Темирхановым', acc='Айдоса Темирханова', kk='Айдос Темірхановтың', male=True),
 'tokmurzin': dict(en='Yerlan Tokmurzin', nom='Ерлан Токмурзин', gen='Ерлана Токмурзина', dat='Ерлану Токмурзину',
                   ins='Ерланом Токмурзиным', acc='Ерлана Токмурзина', kk='Ерлан Тоқмұрзиннің', male=True),
 'kenzhetayeva': dict(en='Zhanar Kenzhetayeva', nom='Жанар Кенжетаева', gen='Жанар Кенжетаевой', dat='Жанар Кенжетаевой',
                      ins='Жанар Кенжетаевой', acc='Жанар Кенжетаеву', kk='Жанар Кенжетаеваның', male=False),
 'dzhanabayev': dict(en='Murat Dzhanabayev', nom='Мурат Джанабаев', gen='Мурата Джанабаева', dat='Мурату Джанабаеву',
                     ins='Муратом Джанабаевым', acc='Мурата Джанабаева', kk='Мұрат Жанабаевтың', male=True),
}

def en_date(d, form):
    return [f'{d.day} {EN_MONTHS[d.month-1]}', f'{EN_MONTHS[d.month-1]} {d.day}', f'{d.day} {EN_MONTHS[d.month-1]} {d.year}',
            f'{EN_MONTHS[d.month-1]} {d.day}, {d.year}', d.strftime('%d.%m.%Y')][form % 5]

def ru_date(d, form):
    return [f'{d.day} {RU_MONTHS[d.month-1]}', f'{d.day} {RU_MONTHS[d.month-1]} {d.year} года', d.strftime('%d.%m.%Y')][form % 3]

FUTURE = [dt.date(2026, 12, 3), dt.date(2026, 12, 15), dt.date(2027, 1, 20), dt.date(2027, 3, 3), dt.date(2026, 11, 27)]
PAST = [dt.date(2026, 10, 28), dt.date(2026, 11, 2), dt.date(2026, 9, 14), dt.date(2026, 11, 18)]

EN_FUTURE = [
 ('The appeal of {F} will be heard on {D}.', 'appeal'),
 ('A court will consider the parole request of {F} on {D}.', 'parole'),
 ('The trial of {F} is set to begin on {D}.', 'trial'),
 ("{F}'s cassation complaint is scheduled for {D}.", 'cassation'),
 ('The verdict in the case of {F} is expected on {D}.', 'verdict'),
 ('{F} is due to be released on {D}, his lawyer said.', 'release'),
 ('The next hearing in the case of {F} is scheduled for {D} at 10:00.', 'other'),
]
EN_PAST = [
 ('On {D} a court in Semey refused parole to {F}.', 'parole'),
 ('{F} was sentenced to seven years on {D}.', 'verdict'),
 ('The appeals court upheld the sentence of {F} on {D}.', 'appeal'),
 ('{F} was released from the colony on {D}.', 'release'),
]
EN_POSTPONED = [
 ('The hearing of {F} was postponed to {D}.', 'other'),
 ('The trial of {F} has been adjourned until {D}.', 'trial'),
 ('The court moved the appeal of {F} from {D0} to {D}.', 'appeal'),
]
RU_FUTURE = [
 ('Рассмотрение ходатайства {gen} об УДО назначено на {D}.', 'parole'),
 ('Апелляционный суд рассмотрит жалобу {gen} {D}.', 'appeal'),
 ('Суд над {ins} начнётся {D}.', 'trial'),
 ('Оглашение приговора по делу {gen} назначено на {D}.', 'verdict'),
 ('Кассационная жалоба {gen} будет рассмотрена {D}.', 'cassation'),
]
RU_PAST = [
 ('{D} суд отказал {dat} в условно-досрочном освобождении.', 'parole'),
 ('{D} суд приговорил {acc} к пяти годам лишения свободы.', 'verdict'),
 ('{nom} вышел на свободу {D}.', 'release'),
]
RU_POSTPONED = [
 ('Заседание по делу {gen} отложено до {D}.', 'other'),
 ('Рассмотрение апелляции {gen} перенесено на {D}.', 'appeal'),
]
KK = [
 ('{K} ісі бойынша сот отырысы {D} өтеді.', 'other'),
 ('{K} шартты түрде мерзімінен бұрын босату туралы өтініші {D} қаралады.', 'parole'),
]

NEGATIVE = [
 '{F} was born on 12 May 1980 in Pavlodar.',
 '{nom} родился 12 мая 1980 года в Павлодаре.',
 'In a letter dated 3 October, {F} described the conditions in the colony.',
 'В письме от 3 октября {nom} рассказал об условиях в колонии.',
 '{F} published a poem on 1 November.',
 'The exhibition opens on 3 December, the wife of {F} said.',
 '{F} turned 45 on 2 November.',
]
# Procedural events are dated events of the case (issue 12): kind other, held.
PROCEDURAL = [
 ('{F} was detained on 5 May at the rally.', dt.date(2026, 5, 5)),
 ('{nom} был задержан 5 мая на митинге.', dt.date(2026, 5, 5)),
 ('{nom} был арестован 14 сентября.', dt.date(2026, 9, 14)),
]
UNWATCHED = [
 'The appeal of Marat Abenov will be heard on 3 December.',
 'Апелляционный суд рассмотрит жалобу Марата Абенова 3 декабря.',
 'The trial of Serik Nurlanov is set to begin on 15 December.',
 'Заседание по делу Болата Сериккалиева отложено до 20 января.',
 'On 28 October a court refused parole to Askar Duisenov.',
 'The court will hold a session on 3 December.',
 'Суд назначил заседание на 15 декабря.',
 'Сот отырысы 3 желтоқсанда өтеді.',
 'The parole hearing is scheduled for 27 November, the colony said.',
 'Приговор будет оглашён 20 января.',
 'The hearing of Dana Temirkhanova, his daughter, about a parking fine is set for 3 December.',
 'Nurlan Temirkhanov, a cousin, will appear in court on 15 December over a land dispute.',
]

def fill(tpl, p, d, d0=None, lang='en', form=0):
    date = en_date(d, form) if lang == 'en' else ru_date(d, form) if lang == 'ru' else f'{d.day} {KK_MONTHS[d.month-1]}'
    s = tpl.replace('{D}', date)
    if d0 is not None:
        s = s.replace('{D0}', en_date(d0, form))
    s = s.replace('{F}', p['en'])
    for case in ('nom', 'gen', 'dat', 'ins', 'acc'):
        s = s.replace('{%s}' % case, p[case])
    s = s.replace('{K}', p['kk'])
    if not p['male']:
        s = s.replace(' his ', ' her ').replace('вышел', 'вышла')
    return s[0].upper() + s[1:]

def main():
    lines = []
    form = 0
    for pid, p in P.items():
        for i, (tpl, kind) in enumerate(EN_FUTURE):
            d = FUTURE[(i + form) % len(FUTURE)]
            lines.append((PUB, [(pid, d, kind, 'scheduled')], fill(tpl, p, d, form=form)))
            form += 1
        for i, (tpl, kind) in enumerate(EN_PAST):
            d = PAST[(i + form) % len(PAST)]
            lines.append((PUB, [(pid, d, kind, 'held')], fill(tpl, p, d, form=form)))
            form += 1
        for i, (tpl, kind) in enumerate(EN_POSTPONED):
            d = FUTURE[(i + form) % len(FUTURE)]
            lines.append((PUB, [(pid, d, kind, 'postponed')], fill(tpl, p, d, d0=dt.date(2026, 11, 25), form=form)))
            form += 1
        for i, (tpl, kind) in enumerate(RU_FUTURE):
            d = FUTURE[(i + form) % len(FUTURE)]
            lines.append((PUB, [(pid, d, kind, 'scheduled')], fill(tpl, p, d, lang='ru', form=form)))
            form += 1
        for i, (tpl, kind) in enumerate(RU_PAST):
            d = PAST[(i + form) % len(PAST)]
            lines.append((PUB, [(pid, d, kind, 'held')], fill(tpl, p, d, lang='ru', form=form)))
            form += 1
        for i, (tpl, kind) in enumerate(RU_POSTPONED):
            d = FUTURE[(i + form) % len(FUTURE)]
            lines.append((PUB, [(pid, d, kind, 'postponed')], fill(tpl, p, d, lang='ru', form=form)))
            form += 1
        for i, (tpl, kind) in enumerate(KK):
            d = FUTURE[(i + form) % len(FUTURE)]
            lines.append((PUB, [(pid, d, kind, 'scheduled')], fill(tpl, p, d, lang='kk', form=form)))
            form += 1
        for tpl in NEGATIVE:
            lines.append((PUB, [], fill(tpl, p, PUB)))
        for tpl, d in PROCEDURAL:
            lines.append((PUB, [(pid, d, 'other', 'held')], fill(tpl, p, PUB)))
    # relative dates, two-sentence reports with a pronoun
    lines.append((PUB, [('temirkhanov', PUB + dt.timedelta(days=1), 'appeal', 'scheduled')],
                  'The appeal of Aidos Temirkhanov will be heard tomorrow.'))
    lines.append((PUB, [('tokmurzin', PUB, 'parole', 'held')],
                  'Сегодня суд отказал Ерлану Токмурзину в УДО.'))
    lines.append((PUB, [('kenzhetayeva', dt.date(2026, 12, 15), 'appeal', 'scheduled')],
                  'Zhanar Kenzhetayeva has filed an appeal. Her appeal will be heard on 15 December.'))
    lines.append((PUB, [('dzhanabayev', dt.date(2027, 1, 20), 'trial', 'scheduled')],
                  'Мурат Джанабаев не признаёт вину. Его процесс начнётся 20 января.'))
    for t in UNWATCHED:
        lines.append((PUB, [], t))
    for pub, gold, text in lines:
        g = ';'.join('%s:%s:%s:%s' % (pid, d.isoformat(), kind, status) for pid, d, kind, status in gold) or '-'
        print('%s | %s | %s' % (pub.isoformat(), g, text))

main()
