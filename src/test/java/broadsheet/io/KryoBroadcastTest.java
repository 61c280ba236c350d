package broadsheet.io;

import broadsheet.entities.EntityExtractor;
import broadsheet.nlp.NlpConfig;
import broadsheet.topics.TopicMatcher;
import broadsheet.topics.TopicTaxonomy;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.util.SerializableConfiguration;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What the stages ship to executors must survive serialization: broadcasts go through Kryo (the serializer
 * Broadsheet configures), closures through Java serialization. Local mode never serialises a broadcast, so
 * only a real cluster would otherwise show a loss (a transient field arriving null).
 */
class KryoBroadcastTest {
    private static final SerializerInstance KRYO = new KryoSerializer(new SparkConf()).newInstance();
    /** Task closures always go through Java serialization, whatever spark.serializer says. */
    private static final SerializerInstance CLOSURES = new JavaSerializer(new SparkConf()).newInstance();

    private static <T> T roundTrip(T value) {
        return roundTrip(KRYO, value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(SerializerInstance serializer, T value) {
        ClassTag<T> tag = (ClassTag<T>) scala.reflect.ClassTag$.MODULE$.apply(value.getClass());
        ByteBuffer bytes = serializer.serialize(value, tag);
        return serializer.deserialize(bytes, tag);
    }

    @Test
    void hadoopConfigurationBroadcastKeepsItsSettings() {
        Configuration conf = new Configuration(false);
        conf.set("fs.s3a.endpoint", "http://127.0.0.1:9000");
        SerializableConfiguration back = roundTrip(new SerializableConfiguration(conf));
        assertNotNull(back.value());
        assertEquals("http://127.0.0.1:9000", back.value().get("fs.s3a.endpoint"));
    }

    @Test
    void whatTaskClosuresCaptureSurvivesTheClosureSerializer() {
        NlpConfig nlp = NlpConfig.defaults();
        assertEquals(nlp, roundTrip(CLOSURES, nlp));
        TopicMatcher topics = roundTrip(CLOSURES, new TopicMatcher(TopicTaxonomy.loadDefault()));
        assertEquals(new TopicMatcher(TopicTaxonomy.loadDefault()).match("光伏组件项目开工。"), topics.match("光伏组件项目开工。"));
        assertNotNull(roundTrip(CLOSURES, EntityExtractor.defaults()));
    }
}
