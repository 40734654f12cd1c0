package cn.baiyun.hte.platform.audit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Records read back from the {@code toString()} a change recorded, with the components they really have. */
class RecordTextTest {

    enum Grade { GOOD, POOR }

    record Person(String name, String position, Integer age, LocalDate since, Grade grade, boolean active) {
    }

    @Test
    void readsEachComponentWhereTheNextOneBegins() {
        Person person = new Person("张三, 李四", "总经理=董事", 42, LocalDate.of(2024, 6, 1), Grade.GOOD, true);

        assertThat(RecordText.read(person.toString(), Person.class)).contains(person);
    }

    @Test
    void readsAbsentComponentsAsAbsent() {
        Person person = new Person("王五", null, null, null, null, false);

        assertThat(RecordText.read(person.toString(), Person.class)).contains(person);
    }

    @Test
    void readsAListOfRecords() {
        List<Person> people = List.of(new Person("甲", "A", 1, null, Grade.POOR, true),
                new Person("乙", null, 2, LocalDate.of(2020, 1, 2), null, false));

        assertThat(RecordText.readList(people.toString(), Person.class)).contains(people);
        assertThat(RecordText.readList("[]", Person.class)).contains(List.of());
    }

    @Test
    void answersNothingForTextThatIsNotTheRecord() {
        assertThat(RecordText.read("OPEN", Person.class)).isEmpty();
        assertThat(RecordText.read("Other[name=x]", Person.class)).isEmpty();
        assertThat(RecordText.read("Person[name=x, position=y, age=old, since=null, grade=null, active=true]",
                Person.class)).as("a component of the wrong kind").isEmpty();
        assertThat(RecordText.read("Person[name=x, age=1]", Person.class)).as("components missing").isEmpty();
        assertThat(RecordText.readList("plain text", Person.class)).isEmpty();
    }
}
