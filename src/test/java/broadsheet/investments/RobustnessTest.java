package broadsheet.investments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd input must never throw, and offsets must always point at the reported text. */
class RobustnessTest {

    private static final String ALPHABET =
            "0123456789０１２３４５６７８９.,，．-~～—至到一二两三十百千万亿零〇壹贰佰仟萬圆整元美欧港币人民约超近多余几数"
                    + "以上下左右不到足过逾投资总其中包括项目个/每%，。；的 了（含）角分泰铢台新金$US";

    @Test
    void randomTextNeverBreaksTheParserOrTheExtractor() {
        Random random = new Random(20240601L);
        for (int round = 0; round < 3000; round++) {
            String s = randomText(random, 1 + random.nextInt(40));
            for (MoneyAmount m : AmountParser.findAll(s)) {
                assertEquals(m.text(), s.substring(m.start(), m.end()), s);
                if (m.qualifier() == MoneyAmount.Qualifier.VAGUE) {
                    assertTrue(m.amount() == null && m.low().signum() > 0 && m.low().compareTo(m.high()) < 0, s);
                } else {
                    assertTrue(m.amount().signum() > 0, s);
                }
                if (m.low() != null && m.high() != null) {
                    assertTrue(m.low().compareTo(m.high()) <= 0, s);
                }
            }
            List<String> body = new ArrayList<>();
            body.add(s);
            body.add(randomText(random, 20));
            InvestmentExtractor.extract(randomText(random, 15), body);
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
