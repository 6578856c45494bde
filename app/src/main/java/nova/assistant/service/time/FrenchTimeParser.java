package nova.assistant.service.time;

import static nova.assistant.service.time.CalendarWords.MONTH;
import static nova.assistant.service.time.CalendarWords.UNIT;
import static nova.assistant.service.time.CalendarWords.WEEKDAY;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;

/**
 * Finds the time reference in a French text and reads it against a reference instant. It works in two steps: rules
 * pick out pieces (days, clock times, clock ranges, parts of the day, "après"/"avant" markers, and a few
 * self-contained phrases such as "d'ici 2 semaines"), then {@link TimeComposer} combines the pieces into one
 * reading. Rules run longest-phrase first and blank what they consumed, so "après-demain" is never also
 * "demain" and "après".
 *
 * <p>Never throws: a text without a time gives {@link TimeReading#NONE}.
 */
public final class FrenchTimeParser {

    private static final int MAX_TEXT = 4_000;

    private static final String D = "(\\d{1,2})";
    private static final String YEAR = "(\\d{4}|\\d{2})(?![\\d:]| ?h(?![a-z])| ?heures?)";
    private static final String WD_OPT = "(?:" + WEEKDAY + " )?";

    /** A clock time, strict or loose; {@link ClockReader} decides what it says. */
    static final String ATOM = "(?<![\\p{L}\\d/.:,-])" + "(?:midi|minuit|\\d{1,2})(?: ?(?:h|heures?)(?![a-z]))?"
            + "(?: ?(?::\\d{2}|et quart|et demie?|3 quarts|moins le quart|moins \\d{1,2}|et \\d{1,2} minutes?"
            + "|passe de \\d{1,2} minutes?|\\d{1,2} minutes?|\\d{1,2}(?! ?(?:h(?![a-z])|heures?|/|\\d|" + CalendarWords.MONTH_WORD + "))))?"
            + "(?![\\d/])";

    private static final String ATOM_AFTER_DASH = ATOM.substring(ATOM.indexOf(')') + 1);

    private static final Pattern SPACE_DATE = Pattern.compile("^(?:le )?(\\d{1,2}) (\\d{1,2})(?: (\\d{4}|\\d{2}))?$");

    private final ClockReader clocks = new ClockReader();

    /** The plain reading, as {@code assistant when} prints it. */
    public TimeReference when(String text, ZonedDateTime now) {
        return read(text, now).reference();
    }

    public TimeReading read(String text, ZonedDateTime now) {
        try {
            String raw = text == null ? "" : text;
            if (raw.length() > MAX_TEXT) {
                raw = raw.substring(0, MAX_TEXT);
            }
            Scan scan = new Scan(FrenchText.normalize(raw), now, raw.chars().anyMatch(Character::isDigit));
            scanReady(scan);
            scanDays(scan);
            scanClocks(scan);
            scanParts(scan);
            scanMarkers(scan);
            return new TimeComposer(scan).compose();
        } catch (RuntimeException e) {
            // A rule meeting an impossible date ("31/02") or an overflow is not a time reference.
            return TimeReading.NONE;
        }
    }

    // ---------------------------------------------------------------- self-contained phrases

    private void scanReady(Scan s) {
        s.each("\\b(?:un peu )?plus tard dans\\b", m -> true);
        s.each("\\b(?:d'ici|dans les) (\\d+) " + UNIT, m -> {
            Grain g = CalendarWords.unit(m.group(2));
            Grain fine = finerForShift(g);
            ZonedDateTime end = DateRules.truncate(s.now.plus(Long.parseLong(m.group(1)), g.unit()), fine);
            return s.ready(TimeReference.interval(DateRules.offset(s.now), DateRules.offset(end), Grain.SECOND),
                    s.now.toLocalDate(), end.toLocalDate());
        });
        s.each("\\b(\\d+) (derniers?|dernieres?|prochains?|prochaines?) " + UNIT
                + "|\\b(\\d+) " + UNIT + " (suivante?s?|passee?s?|precedente?s?|dernieres?|derniers?|prochaine?s?)(?! de)",
                m -> {
                    boolean first = m.group(1) != null;
                    int n = Integer.parseInt(first ? m.group(1) : m.group(4));
                    Grain g = CalendarWords.unit(first ? m.group(3) : m.group(5));
                    String dir = first ? m.group(2) : m.group(6);
                    boolean past = dir.startsWith("der") || dir.startsWith("pass") || dir.startsWith("prec");
                    ZonedDateTime base = DateRules.truncate(s.now, g);
                    ZonedDateTime start = past ? base.minus(n, g.unit()) : base.plus(1, g.unit());
                    ZonedDateTime end = past ? base : start.plus(n, g.unit());
                    return s.ready(TimeReference.interval(DateRules.offset(start), DateRules.offset(end), g),
                            start.toLocalDate(), end.minusNanos(1).toLocalDate());
                });
        s.each("\\b(\\d+) jours? (?:plus tard|apres)\\b", m -> s.day(m.start(),
                s.today.plusDays(Integer.parseInt(m.group(1)))));
        s.each("\\b(dans|il y a) (\\d+) ?" + UNIT + "(?![a-z])", m -> {
            Grain g = CalendarWords.unit(m.group(3));
            long n = Long.parseLong(m.group(2)) * (m.group(1).equals("dans") ? 1 : -1);
            Grain fine = finerForShift(g);
            ZonedDateTime value = DateRules.truncate(s.now.plus(n, g.unit()), fine);
            if (fine.compareTo(Grain.DAY) >= 0) {
                return s.day(m.start(), value.toLocalDate(), fine);
            }
            // "dans 2 heures" is a precise start; "dans 3 jours" (read to the hour) names a day.
            return s.ready(TimeReference.instant(DateRules.offset(value), fine), value.toLocalDate(),
                    value.toLocalDate(), fine == Grain.HOUR ? null : value.toLocalDateTime());
        });
        s.each("\\b(?:un peu )?plus tard\\b(?! que)", m -> {
            ZonedDateTime later = s.now.plusMinutes(10).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            return s.ready(TimeReference.after(DateRules.offset(later), Grain.MINUTE), null, null);
        });
        s.each("\\b(?:maintenant|tout de suite|immediatement)\\b", m -> {
            ZonedDateTime now = s.now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            return s.ready(TimeReference.instant(DateRules.offset(now), Grain.SECOND), now.toLocalDate(),
                    now.toLocalDate());
        });
        s.each("\\b(?:cet |en )?(ete|hiver|automne)\\b|\\b(?:ce |au )?(printemps)\\b", m -> {
            String season = m.group(1) != null ? m.group(1) : m.group(2);
            int y = s.today.getYear();
            LocalDate from;
            LocalDate to;
            switch (season) {
                case "ete" -> {
                    from = LocalDate.of(y, 6, 21);
                    to = LocalDate.of(y, 9, 24);
                }
                case "automne" -> {
                    from = LocalDate.of(y, 9, 23);
                    to = LocalDate.of(y, 12, 21);
                }
                case "printemps" -> {
                    from = LocalDate.of(y, 3, 20);
                    to = LocalDate.of(y, 6, 21);
                }
                default -> {
                    int startYear = s.today.isBefore(LocalDate.of(y, 3, 21)) ? y - 1 : y;
                    from = LocalDate.of(startYear, 12, 21);
                    to = LocalDate.of(startYear + 1, 3, 21);
                }
            }
            return s.dayInterval(m.start(), from, to);
        });
        s.each("\\b(?:le )?soir de noel\\b", m -> {
            LocalDate eve = DateRules.nextYearly(s.today, 12, 24);
            return s.ready(TimeReference.interval(s.at(eve, 18), s.at(eve.plusDays(1), 0), Grain.HOUR), eve, eve);
        });
        s.each("\\b(?:le )?(1|premier|2|deuxieme|second|3|troisieme|dernier) week-?end (?:de |d')" + MONTH, m -> {
            LocalDate month = DateRules.monthStart(s.today, CalendarWords.month(m.group(2)), null);
            LocalDate friday = m.group(1).equals("dernier")
                    ? DateRules.lastWeekday(month, java.time.DayOfWeek.FRIDAY)
                    : DateRules.nthWeekday(month, java.time.DayOfWeek.FRIDAY, ordinal(m.group(1)));
            return weekend(s, friday);
        });
        s.each("\\b(?:ce |le |du |au )?week-?end\\b", m -> weekend(s,
                s.today.with(java.time.DayOfWeek.MONDAY).plusDays(4)));
        s.each("\\b(?:en |au )?(debut|milieu|fin) de (?:la )?semaine\\b|\\ben semaine\\b", m -> {
            LocalDate monday = s.today.with(java.time.DayOfWeek.MONDAY);
            if (m.group(1) == null) {
                return s.dayInterval(m.start(), monday, monday.plusDays(5));
            }
            return switch (m.group(1)) {
                case "debut" -> s.dayInterval(m.start(), monday, monday.plusDays(2));
                case "milieu" -> s.dayInterval(m.start(), monday.plusDays(2), monday.plusDays(4));
                default -> s.dayInterval(m.start(), monday.plusDays(3), monday.plusDays(7));
            };
        });
        s.each("\\b(?:en |a la )?fin (?:du mois de |du mois d'|de |d')?" + MONTH
                + "|\\b(?:en |au )?debut (?:du mois de |du mois d'|de |d')?" + MONTH
                + "|\\bmi-? ?" + MONTH, m -> {
            if (m.group(1) != null) {
                LocalDate month = DateRules.monthStart(s.today, CalendarWords.month(m.group(1)), null);
                return s.dayInterval(m.start(), month.withDayOfMonth(21), month.plusMonths(1));
            }
            if (m.group(2) != null) {
                LocalDate month = DateRules.monthStart(s.today, CalendarWords.month(m.group(2)), null);
                return s.dayInterval(m.start(), month, month.withDayOfMonth(6));
            }
            LocalDate month = DateRules.monthStart(s.today, CalendarWords.month(m.group(3)), null);
            return s.dayInterval(m.start(), month.withDayOfMonth(10), month.withDayOfMonth(20));
        });
        s.each("\\b(?:la )?(1|premiere|2|deuxieme|seconde) quinzaine (?:de |d')" + MONTH, m -> {
            LocalDate month = DateRules.monthStart(s.today, CalendarWords.month(m.group(2)), null);
            return ordinal(m.group(1)) == 1
                    ? s.dayInterval(m.start(), month, month.withDayOfMonth(15))
                    : s.dayInterval(m.start(), month.withDayOfMonth(15), month.plusMonths(1));
        });
        s.each("\\b(?:en |a la )fin (?:du |de )mois\\b", m -> {
            LocalDate month = s.today.withDayOfMonth(1);
            return s.dayInterval(m.start(), month.withDayOfMonth(21), month.plusMonths(1));
        });
        s.each("\\b(?:en |au )debut (?:du |de )mois\\b", m -> {
            LocalDate month = s.today.withDayOfMonth(1);
            if (!s.today.isBefore(month.withDayOfMonth(11))) {
                month = month.plusMonths(1);
            }
            return s.dayInterval(m.start(), month, month.withDayOfMonth(11));
        });
        s.each("\\b(?:en |a la |au )?(fin|debut) (?:de l'|d')annee\\b", m -> {
            LocalDate year = s.today.withDayOfYear(1);
            boolean end = m.group(1).equals("fin");
            LocalDate from = end ? year.withMonth(11) : year;
            LocalDate to = end ? year.plusYears(1) : year.withMonth(3);
            return s.ready(TimeReference.interval(s.at(from, 0), s.at(to, 0), Grain.MONTH), from, to.minusDays(1));
        });
    }

    private static boolean weekend(Scan s, LocalDate friday) {
        return s.ready(TimeReference.interval(s.at(friday, 18), s.at(friday.plusDays(3), 0), Grain.HOUR),
                friday.plusDays(1), friday.plusDays(2));
    }

    /** "dans 2 heures" is read to the minute, "dans 3 jours" to the hour: one grain finer than the unit. */
    private static Grain finerForShift(Grain unit) {
        return switch (unit) {
            case SECOND, MINUTE -> Grain.SECOND;
            case HOUR -> Grain.MINUTE;
            case DAY -> Grain.HOUR;
            case WEEK, MONTH -> Grain.DAY;
            case YEAR -> Grain.MONTH;
        };
    }

    static int ordinal(String word) {
        return switch (word) {
            case "1", "premier", "premiere" -> 1;
            case "2", "deuxieme", "second", "seconde" -> 2;
            case "3", "troisieme" -> 3;
            case "4", "quatrieme" -> 4;
            default -> -1;
        };
    }

    // ---------------------------------------------------------------- days

    private void scanDays(Scan s) {
        // "jeudi midi" asks for the lunch hours; "à midi" stays a clock time.
        s.each("\\b(?:" + WEEKDAY + "|demain|apres-demain|aujourd'hui|ce|le) (midi)\\b(?! ?(?:et|moins|\\d|pile))", m -> {
            s.parts.add(new Scan.Part(m.start(2), PartOfDay.NOON));
            s.blank(m.start(2), m.end(2));
            return false;
        });
        s.each("\\b(?:(?:le |la )?jour (?:de |d')|la journee de )?(?:la )?toussaint\\b|\\ble jour des morts\\b",
                m -> s.day(m.start(), DateRules.nextYearly(s.today, 11, 1)));
        s.each("\\b(?:(?:le )?jour de )?noel\\b", m -> s.day(m.start(), DateRules.nextYearly(s.today, 12, 25)));
        s.each("\\b(?:le )?(?:jour de l'an|nouvel an)\\b", m -> s.day(m.start(), DateRules.nextYearly(s.today, 1, 1)));
        s.each("\\b(?:la )?fete du travail\\b", m -> s.day(m.start(), DateRules.nextYearly(s.today, 5, 1)));
        s.each("\\b(?:le )?lendemain (?:du |de )" + WD_OPT + D + " " + MONTH + "(?: " + YEAR + ")?", m -> s.day(
                m.start(), DateRules.dayMonth(s.today, Integer.parseInt(m.group(2)), CalendarWords.month(m.group(3)),
                        m.group(4)).plusDays(1)));
        s.each("\\b(?:le )?(\\d{1,2}|dernier) jour (?:de |d')" + MONTH + "(?: " + YEAR + ")?", m -> {
            LocalDate month = DateRules.monthStart(s.today, CalendarWords.month(m.group(2)), m.group(3));
            LocalDate day = m.group(1).equals("dernier") ? month.plusMonths(1).minusDays(1)
                    : month.withDayOfMonth(Integer.parseInt(m.group(1)));
            return s.day(m.start(), day);
        });
        s.each("\\b(?:la )?(1|premiere|2|deuxieme|seconde|derniere) semaine (?:de |d')" + MONTH
                + "(?: " + YEAR + ")?", m -> {
            LocalDate month = DateRules.monthStart(s.today, CalendarWords.month(m.group(2)), m.group(3));
            LocalDate monday = DateRules.containedWeek(month, m.group(1).equals("derniere") ? -1 : ordinal(m.group(1)));
            return s.week(m.start(), monday, null);
        });
        s.each("\\b(?:le )?(1|premier|2|deuxieme|3|troisieme|4|quatrieme|dernier) " + WEEKDAY
                + " (?:de |du |d')(?:(mois prochain)|(?:mois de |mois d')?" + MONTH + ")", m -> {
            LocalDate month = m.group(3) != null ? s.today.withDayOfMonth(1).plusMonths(1)
                    : DateRules.monthStart(s.today, CalendarWords.month(m.group(4)), null);
            java.time.DayOfWeek dow = CalendarWords.weekday(m.group(2));
            LocalDate day = m.group(1).equals("dernier") ? DateRules.lastWeekday(month, dow)
                    : DateRules.nthWeekday(month, dow, ordinal(m.group(1)));
            return s.day(m.start(), day);
        });
        s.each("\\b(?:(?:la )?semaine (?:du |de ))" + WD_OPT + D + " " + MONTH + "(?: " + YEAR + ")?", m -> {
            LocalDate day = DateRules.dayMonth(s.today, Integer.parseInt(m.group(2)), CalendarWords.month(m.group(3)),
                    m.group(4));
            // A week "of Sunday the 6th" is the working week that follows it.
            if (day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            return s.week(m.start(), day.with(java.time.DayOfWeek.MONDAY), null);
        });
        // Day ranges: "du 13 au 15 juillet", "10 juin au 1er juillet", "14 - 20 sept. 2014".
        s.each("\\b(?:du |entre le |entre )?" + WD_OPT + D + "(?: " + MONTH + ")?(?: " + YEAR + ")? ?(?:-|au|jusqu'au|et le|et) ?(?:le )?"
                + WD_OPT + D + " " + MONTH + "(?: " + YEAR + ")?", m -> {
            int toMonth = CalendarWords.month(m.group(7));
            LocalDate to = DateRules.dayMonth(s.today, Integer.parseInt(m.group(6)), toMonth, m.group(8));
            int fromMonth = m.group(3) != null ? CalendarWords.month(m.group(3)) : toMonth;
            int fromDay = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(m.group(4) != null ? CalendarWords.year(m.group(4)) : to.getYear(),
                    fromMonth, fromDay);
            if (from.isAfter(to)) {
                from = from.minusMonths(m.group(3) == null ? 1 : 12);
            }
            return s.dayInterval(m.start(), from, to.plusDays(1));
        });
        s.each("\\b(?:du |entre le |entre )" + WD_OPT + D + " (?:au|jusqu'au|et le|et) (?:le )?" + WD_OPT + D
                + "(?! ?(?:h(?![a-z])|heures?|:|\\d|/))", m -> {
            LocalDate from = DateRules.dayOfMonth(s.today, Integer.parseInt(m.group(2)));
            LocalDate to = from.withDayOfMonth(1).plusMonths(Integer.parseInt(m.group(4)) < from.getDayOfMonth() ? 1 : 0)
                    .withDayOfMonth(Integer.parseInt(m.group(4)));
            return s.dayInterval(m.start(), from, to.plusDays(1));
        });
        s.each("\\b" + WD_OPT + "(?:le )?" + D + " " + MONTH + "(?: " + YEAR + ")?", m -> s.day(m.start(),
                DateRules.dayMonth(s.today, Integer.parseInt(m.group(2)), CalendarWords.month(m.group(3)), m.group(4))));
        s.each("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", m -> s.day(m.start(), LocalDate.of(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
        s.each("(?<![\\d/.])" + WD_OPT + "(?:le )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])", m -> s.day(
                m.start(), DateRules.dayMonth(s.today, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4))));
        if (s.hadDigits) {
            s.each(SPACE_DATE.pattern(), m -> s.day(m.start(), DateRules.dayMonth(s.today,
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3))));
        }
        s.each("\\bavant[- ]hier\\b", m -> s.day(m.start(), s.today.minusDays(2)));
        s.each("\\bapres[- ]demain\\b", m -> s.day(m.start(), s.today.plusDays(2)));
        s.each("\\b(?:aujourd' ?hui|aujourdhui|auj|ce jour|dans la journee|en ce moment|ce jour-ci)\\b",
                m -> s.day(m.start(), s.today));
        s.each("\\b(?:hier|(?:le )?jour d'avant|(?:le )?jour precedent|la veille)\\b",
                m -> s.day(m.start(), s.today.minusDays(1)));
        s.each("\\b(?:demain|dmain|(?:le )?jour suivant|(?:le )?jour d'apres|(?:le )?lendemain)\\b",
                m -> s.day(m.start(), s.today.plusDays(1)));
        s.each("\\b" + WEEKDAY + " (?:(?:de )?la semaine (?:prochaine|suivante|d'apres|qui vient)|suivant|d'apres)",
                m -> s.day(m.start(), DateRules.inWeek(s.today, 1, CalendarWords.weekday(m.group(1)))));
        s.each("\\b" + WEEKDAY + " (?:de )?(?:cette semaine|la semaine courante)",
                m -> s.day(m.start(), DateRules.inWeek(s.today, 0, CalendarWords.weekday(m.group(1)))));
        s.each("\\b" + WEEKDAY + " (?:de )?la semaine (?:derniere|passee|precedente)",
                m -> s.day(m.start(), DateRules.inWeek(s.today, -1, CalendarWords.weekday(m.group(1)))));
        s.each("\\b" + WEEKDAY + " (?:dernier|passe)\\b",
                m -> s.day(m.start(), DateRules.previous(s.today, CalendarWords.weekday(m.group(1)))));
        s.each("\\b" + WEEKDAY + " en (8|15)\\b", m -> s.day(m.start(),
                DateRules.nextOrSame(s.today, CalendarWords.weekday(m.group(1))).plusDays(m.group(2).equals("8") ? 7 : 14)));
        s.each("\\b" + WEEKDAY + " (?:le )?" + D + "(?! ?(?:h(?![a-z])|heures?|:|\\d|/|" + MONTH + "))", m -> s.day(m.start(),
                DateRules.weekdayAndDay(s.today, CalendarWords.weekday(m.group(1)), Integer.parseInt(m.group(2)))));
        s.each("\\b(?:ce |cette |le )?" + WEEKDAY + "(?: (?:prochain|qui vient))?(?![a-z])",
                m -> s.day(m.start(), DateRules.next(s.today, CalendarWords.weekday(m.group(1)))));
        s.each("\\b(?:le|du|ce) " + D + "(?! ?(?:h(?![a-z])|heures?|:|\\d|/|,\\d|" + MONTH
                + "|jours?|semaines?|mois|ans?|annees?|minutes?|min|secondes?|patients?|personnes?|rdv))",
                m -> s.day(m.start(), DateRules.dayOfMonth(s.today, Integer.parseInt(m.group(1)))));
        s.each("\\b(?:(?:cette|dans la) semaine|la semaine (courante|en cours))\\b",
                m -> s.week(m.start(), s.today.with(java.time.DayOfWeek.MONDAY), 0));
        s.each("\\b(?:la |cette )?semaine (?:prochaine|suivante|qui suit|d'apres|qui vient)\\b",
                m -> s.week(m.start(), s.today.with(java.time.DayOfWeek.MONDAY).plusWeeks(1), 1));
        s.each("\\b(?:la )?semaine (?:derniere|passee|precedente)\\b",
                m -> s.week(m.start(), s.today.with(java.time.DayOfWeek.MONDAY).minusWeeks(1), -1));
        s.each("\\b(?:le )?mois (dernier|passe|precedent|prochain|suivant|qui vient)\\b|\\bce mois(?:-ci)?\\b", m -> {
            int shift = m.group(1) == null ? 0 : m.group(1).startsWith("p") && !m.group(1).startsWith("prochain")
                    ? -1 : m.group(1).equals("dernier") ? -1 : 1;
            return s.month(m.start(), s.today.withDayOfMonth(1).plusMonths(shift));
        });
        s.each("\\b(?:(?:en|au mois de|au mois d'|le mois de|le mois d'|mois de|mois d') ?)?" + MONTH
                + "(?: (\\d{4}))?", m -> s.month(m.start(),
                DateRules.monthStart(s.today, CalendarWords.month(m.group(1)), m.group(2))));
        s.each("\\b(?:l'annee|l'an) (derniere|passee|dernier|passe|prochaine|prochain|suivante)\\b|\\bcette annee\\b",
                m -> s.year(m.start(), s.today.getYear()
                        + (m.group(1) == null ? 0 : m.group(1).startsWith("pro") || m.group(1).startsWith("sui") ? 1 : -1)));
        s.each("\\ben (\\d{4})\\b(?! ?h)", m -> s.year(m.start(), Integer.parseInt(m.group(1))));
    }

    // ---------------------------------------------------------------- clocks

    private void scanClocks(Scan s) {
        s.each("(?:\\b(de|entre|du|des) )?(" + ATOM + ") ?(?:-|\\ba\\b|\\bet\\b|jusqu' ?a\\b|\\bau\\b) ?(" + ATOM_AFTER_DASH + ")",
                m -> {
                    ClockReader.Clock a = clocks.read(m.group(2), m.group(1) != null);
                    ClockReader.Clock b = clocks.read(m.group(3), m.group(1) != null);
                    if (a == null || b == null) {
                        return false;
                    }
                    if (m.group(1) == null && !(a.strict() && b.strict() && m.group().contains("-"))) {
                        return false;
                    }
                    s.ranges.add(new Scan.Range(m.start(), a, b));
                    return true;
                });
        s.each("(" + ATOM + ")(?: (cet|gmt|utc)(?![a-z]))?", m -> {
            ClockReader.Clock c = clocks.read(m.group(1), false);
            if (c == null) {
                return false;
            }
            if (m.group(2) != null && !followedBy(s, m.end(), "(?: (?:apres|ete|hiver|automne))")) {
                c = c.inZone(m.group(2).equals("cet") ? java.time.ZoneOffset.ofHours(1) : java.time.ZoneOffset.UTC);
            } else if (m.group(2) != null) {
                s.clocks.add(new Scan.At(m.start(), m.start() + m.group(1).length(), c));
                s.blank(m.start(), m.start() + m.group(1).length());
                return false;
            }
            s.clocks.add(new Scan.At(m.start(), m.end(), c));
            return true;
        });
    }

    private static boolean followedBy(Scan s, int at, String regex) {
        return s.text().substring(at).matches("^" + regex + ".*");
    }

    // ---------------------------------------------------------------- parts of the day

    private static final String AM = "(?:apres[- ]?midi|aprem|apm)";
    private static final Object[][] PARTS = {
            {"\\b(?:(?:tres )?tot le matin|le matin (?:tres )?tot|(?:en |au )?debut (?:de (?:la )?)?matinee)\\b", PartOfDay.EARLY_MORNING},
            {"\\b(?:en |au )?milieu (?:de (?:la )?)?matinee\\b", PartOfDay.MID_MORNING},
            {"\\b(?:en |a la )?fin (?:de (?:la )?)?matinee\\b", PartOfDay.LATE_MORNING},
            {"\\b(?:en |au )?debut (?:de l'|d'|de )" + AM, PartOfDay.EARLY_AFTERNOON},
            {"\\b(?:en |au )?milieu (?:de l'|d'|de )" + AM, PartOfDay.MID_AFTERNOON},
            {"\\b(?:en |a la )?fin (?:de l'|d'|de )" + AM, PartOfDay.LATE_AFTERNOON},
            {"\\b(?:en |au )?debut de (?:la )?journee\\b", PartOfDay.EARLY_DAY},
            {"\\b(?:en |au )?milieu de (?:la )?journee\\b", PartOfDay.MID_DAY},
            {"\\b(?:en |a la )?fin de (?:la )?journee\\b", PartOfDay.LATE_DAY},
            {"\\b(?:en |au )?debut de (?:la )?soiree\\b", PartOfDay.EARLY_EVENING},
            {"\\b(?:en |a la )?fin de (?:la )?soiree\\b", PartOfDay.LATE_EVENING},
            {"\\bapres (?:le )?(?:dejeuner|dej)\\b", PartOfDay.AFTER_LUNCH},
            {"\\bavant (?:le )?(?:dejeuner|dej)\\b", PartOfDay.BEFORE_LUNCH},
            {"\\b(?:pendant le |a l'heure du |au moment de |au moment du |a l'heure de |vers l'heure du |a la pause )?dejeuner\\b|\\b(?:ce|le|au|en|du) midi\\b|\\ba l'heure de midi\\b", PartOfDay.NOON},
            {"\\bapres le travail\\b", PartOfDay.AFTER_WORK},
            {"\\b(?:dans la |en |la |le |ce |du |au |des le |des la )?(?:soiree|soir)\\b", PartOfDay.EVENING},
            {"\\b(?:des le |des la |dans la |en |la |le |ce |du |au )?(?:matinee|matin|mat)\\b", PartOfDay.MORNING},
            {"(?:\\b(?:cet |dans l'|en |le |l'|d'|de l'|l |cette )|\\b)" + AM + "(?![a-z])", PartOfDay.AFTERNOON},
    };

    private void scanParts(Scan s) {
        for (Object[] part : PARTS) {
            PartOfDay value = (PartOfDay) part[1];
            s.each((String) part[0], m -> {
                s.parts.add(new Scan.Part(m.start(), value));
                // "ce matin", "cet après-midi", "ce soir" name today as well.
                if (m.group().startsWith("ce ") || m.group().startsWith("cet ") || m.group().startsWith("cette ")) {
                    s.day(m.start(), s.today);
                }
                return true;
            });
        }
    }

    // ---------------------------------------------------------------- markers

    private void scanMarkers(Scan s) {
        s.each("\\b(?:a partir|des|apres|plus tard que|au plus tot|pas avant)(?![a-z-])",
                m -> s.marks.add(new Scan.Mark(m.start(), m.end(), Scan.Side.AFTER)));
        s.each("\\b(?:n'importe quand avant|avant|au plus tard|pas apres)(?![a-z-])",
                m -> s.marks.add(new Scan.Mark(m.start(), m.end(), Scan.Side.BEFORE)));
        s.each("\\bjusqu' ?(?=a\\b|au\\b)", m -> s.marks.add(new Scan.Mark(m.start(), m.end(), Scan.Side.UNTIL)));
    }
}
