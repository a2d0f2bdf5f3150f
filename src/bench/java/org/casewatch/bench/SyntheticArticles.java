package org.casewatch.bench;

import org.casewatch.model.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates article-sized texts (about 5 KB each) of English and Russian filler with names from the
 * watchlist put in as the press writes them: in full, in Cyrillic, in the Russian genitive, as a surname.
 */
final class SyntheticArticles {

    private static final String[] ENGLISH = ("the court said on monday that the appeal would be heard next week "
            + "after lawyers asked for more time to read the case file which runs to several thousand pages and "
            + "includes testimony from witnesses who were not allowed to attend the hearing in the regional capital "
            + "observers from embassies and human rights groups were present").split(" ");
    private static final String[] RUSSIAN = ("суд заявил в понедельник что апелляция будет рассмотрена на следующей "
            + "неделе после того как адвокаты попросили больше времени для изучения материалов дела которые "
            + "занимают несколько тысяч страниц и включают показания свидетелей не допущенных на заседание "
            + "наблюдатели от посольств и правозащитных организаций присутствовали").split(" ");

    private SyntheticArticles() {
    }

    static List<String> of(List<Person> persons, int count, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder(6000);
            boolean russian = t % 2 == 1;
            String[] words = russian ? RUSSIAN : ENGLISH;
            while (text.length() < 5000) {
                int sentence = 8 + random.nextInt(12);
                for (int w = 0; w < sentence; w++) {
                    if (w == 0) {
                        String first = words[random.nextInt(words.length)];
                        text.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
                    } else if (random.nextInt(40) == 0) {
                        text.append(' ').append(name(persons.get(random.nextInt(persons.size())), russian, random));
                    } else {
                        text.append(' ').append(words[random.nextInt(words.length)]);
                    }
                }
                text.append(". ");
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String name(Person person, boolean russian, Random random) {
        String full = person.names().get(russian ? 1 : 0);
        return switch (random.nextInt(3)) {
            case 0 -> full;
            case 1 -> russian && !full.endsWith("а") ? full.replace(" ", "а ") + "а" : full;
            default -> full.substring(full.indexOf(' ') + 1);
        };
    }
}
