package cn.baiyun.hte.assessment;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Engine throughput on one thread: full assessments (conditions, score, projections, tier) of the worked
 * examples in turn, so every branch of the rules is exercised. Target ≥ 200,000 assessments/s on one core.
 * Run with {@code ./mvnw -o -pl backend -Pbenchmark verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class HteEngineBenchmark {

    private HteEngine engine;
    private TechSmeEvaluator techSme;
    private FirmSnapshot[] firms;
    private TechSmeSnapshot[] smes;
    private int next;

    @Setup
    public void loadTheWorkedExamples() {
        engine = new HteEngine(RuleSets.current());
        techSme = new TechSmeEvaluator();
        List<FirmSnapshot> hte = WorkedExamples.hteCases().stream()
                .map(example -> WorkedExamples.snapshot(example.get("inputs"))).toList();
        firms = hte.toArray(FirmSnapshot[]::new);
        smes = WorkedExamples.techSmeCases().stream()
                .map(example -> WorkedExamples.techSmeSnapshot(example.get("inputs"))).toArray(TechSmeSnapshot[]::new);
    }

    @Benchmark
    public Assessment assessFirm() {
        next = next + 1 == firms.length ? 0 : next + 1;
        return engine.assess(firms[next]);
    }

    @Benchmark
    public TechSmeEvaluation evaluateTechSme() {
        next = next + 1 >= smes.length ? 0 : next + 1;
        return techSme.evaluate(smes[next]);
    }

    @Benchmark
    public String digestFirm() {
        next = next + 1 >= firms.length ? 0 : next + 1;
        return InputDigest.of(firms[next]);
    }
}
