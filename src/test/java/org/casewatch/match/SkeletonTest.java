package org.casewatch.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SkeletonTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            // dzh / dj / zh / j, Cyrillic and Kazakh
            "Dzhakishev, Jakishev", "Djakishev, Jakishev", "Джакишев, Jakishev", "Жақышев, Jakishev",
            // kh / h
            "Mukhtar, Muhtar", "Мухтар, Muhtar", "Мұхтар, Muhtar",
            // initial ye / e, Kazakh і
            "Yerimbetov, Erimbetov", "Ерімбетов, Erimbetov", "Еримбетов, Erimbetov",
            // -ay / -ai, -iy / -y / -ii
            "Nurlybay, Nurlybai", "Dmitriy, Dmitry", "Dmitrii, Dmitry", "Дмитрий, Dmitry",
            // double letters, apostrophes, soft signs
            "Kassym, Kasym", "Касым, Kassym", "Ol'ga, Olga", "Ольга, Olga",
            // glide y between vowels, q / k, Kazakh ң ұ ү ө ә ғ
            "Kenzhetayeva, Kenzhetaeva", "Кенжетаева, Kenzhetayeva", "Qasym, Kasym", "Оңлабекқызы, Onlabekkyzy",
            "Әлімұлы, Alimuly", "Ғалым, Galym", "Төлеу, Toleu", "Үсенов, Usenov",
            // Kazakh Latin with diacritics
            "Toqaev, Tokayev", "Qasym-Jomart, Kassym-Zhomart", "Būrjanov, Burzhanov", "Bŭrjanov, Burzhanov",
            // x, other Latin alphabets: Polish, Czech, Turkmen, Turkish, French
            "Maxat, Maksat", "Czernyszow, Chernyshov", "Černyšov, Chernyshov", "Çernyşow, Chernyshov",
            "Çernışov, Chernyshov", "Tchernychov, Chernyshov", "Baïmoukhanov, Baimukhanov", "Paweł, Pavel",
            "Žanar, Zhanar",
            // Ukrainian and Belarusian letters
            "Ілля, Илья", "Євген, Евген", "Сомаў, Somav", "Ґалина, Галина",
    })
    void spellingsOfOneNameShareASkeleton(String a, String b) {
        assertThat(Skeleton.of(a.replace("-", ""))).isEqualTo(Skeleton.of(b.replace("-", "")));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"Temirkhanov, Temirbekov", "Abishev, Abilov", "Orel, Orlov", "Aidos, Aidar"})
    void differentNamesStayApart(String a, String b) {
        assertThat(Skeleton.of(a)).isNotEqualTo(Skeleton.of(b));
    }
}
