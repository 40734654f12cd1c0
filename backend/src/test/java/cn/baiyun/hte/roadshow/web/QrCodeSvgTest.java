package cn.baiyun.hte.roadshow.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeSvgTest {

    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void aReaderDecodesTheDrawnCodeBackToTheText() throws Exception {
        String svg = QrCodeSvg.svg("HTE-RS:7KQ4-M2XP", "签到码 7KQ4-M2XP");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-label=\"签到码 7KQ4-M2XP\"");
        assertThat(new QRCodeReader().decode(raster(svg)).getText()).isEqualTo("HTE-RS:7KQ4-M2XP");
    }

    @Test
    void theLabelCannotBreakOutOfTheAttribute() {
        assertThat(QrCodeSvg.svg("X", "a\"><script>")).contains("aria-label=\"a&quot;&gt;&lt;script&gt;\"")
                .doesNotContain("<script>");
    }

    @Test
    void drawnOffTheCallersThread() {
        StepVerifier.create(QrCodeSvg.of("ABC", "ABC")).assertNext(svg -> assertThat(svg).contains("<path"))
                .verifyComplete();
    }

    /** Paints the path's unit squares (M x y h n v1 h-n z) onto a white image, as a camera would see it. */
    private static BinaryBitmap raster(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int modules = Integer.parseInt(box.group(1));
        int side = modules * PIXELS_PER_MODULE;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int x = x0; x < x0 + length; x++) {
                for (int dy = 0; dy < PIXELS_PER_MODULE; dy++) {
                    for (int dx = 0; dx < PIXELS_PER_MODULE; dx++) {
                        pixels[(y * PIXELS_PER_MODULE + dy) * side + x * PIXELS_PER_MODULE + dx] = 0;
                    }
                }
            }
        }
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
    }
}
