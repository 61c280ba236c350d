package broadsheet.cli;

import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** Options every command takes: where Spark runs and extra Spark settings. */
public class SparkOptions {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (local[*], spark://host:7077, yarn, k8s://…). Default: the one spark-submit gives, else local[*].")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Extra Spark setting, repeatable (e.g. --conf spark.sql.shuffle.partitions=64).")
    Map<String, String> conf = new LinkedHashMap<>();
}
