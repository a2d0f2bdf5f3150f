package org.casewatch.bench;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.Person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One way to find watched names in a text, counting what it finds. */
interface MatchEngine extends AutoCloseable {

    int count(String text);

    @Override
    default void close() {
    }

    static MatchEngine of(String name, List<Person> persons) {
        return switch (name) {
            case "casewatch" -> new Casewatch(persons);
            case "regex" -> new RegexPerName(persons);
            case "lucene" -> new LuceneMonitor(persons);
            default -> throw new IllegalArgumentException("engine: " + name);
        };
    }

    /** casewatch's matcher: spellings, inflection, context rules. */
    final class Casewatch implements MatchEngine {
        private final PersonMatcher matcher;

        Casewatch(List<Person> persons) {
            this.matcher = new PersonMatcher(persons);
        }

        @Override
        public int count(String text) {
            return matcher.find(text).size();
        }
    }

    /** What a user would write first: one case-insensitive whole-word regular expression per name. */
    final class RegexPerName implements MatchEngine {
        private final List<Pattern> patterns = new ArrayList<>();

        RegexPerName(List<Person> persons) {
            for (Person p : persons) {
                for (String name : p.names()) {
                    patterns.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        }

        @Override
        public int count(String text) {
            int n = 0;
            for (Pattern pattern : patterns) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Lucene's monitor (reverse search): one phrase query per name, a standard analyzer, no stop words. */
    final class LuceneMonitor implements MatchEngine {
        private static final String FIELD = "text";
        private final Monitor monitor;

        LuceneMonitor(List<Person> persons) {
            try {
                monitor = new Monitor(new StandardAnalyzer(CharArraySet.EMPTY_SET));
                List<MonitorQuery> queries = new ArrayList<>(persons.size());
                for (Person p : persons) {
                    BooleanQuery.Builder any = new BooleanQuery.Builder();
                    for (String name : p.names()) {
                        any.add(new PhraseQuery(FIELD, name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")),
                                BooleanClause.Occur.SHOULD);
                    }
                    queries.add(new MonitorQuery(p.id(), any.build()));
                }
                monitor.register(queries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public int count(String text) {
            Document doc = new Document();
            doc.add(new TextField(FIELD, text, Field.Store.NO));
            try {
                MatchingQueries<QueryMatch> matches = monitor.match(doc, QueryMatch.SIMPLE_MATCHER);
                return matches.getMatchCount();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                monitor.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
