package org.inkstone.account;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SessionCallerTest {

    @Test
    void survivesJavaSerializationAsAReplicatedSessionCarriesIt() throws Exception {
        SessionCaller caller = SessionCaller.of("chief", Set.of("reader", "editor", "chief-editor"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(caller);
        }
        Object back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }
        assertEquals(caller, back);
        assertEquals("chief", ((SessionCaller) back).name());
        assertEquals(List.of("chief-editor", "editor", "reader"), ((SessionCaller) back).groups());
        assertEquals(Set.of("chief-editor", "editor", "reader"), ((SessionCaller) back).groupSet());
    }

    @Test
    void groupsAreSortedWithoutDuplicatesAndNamesNotBlank() {
        assertEquals(List.of("editor", "reader"), new SessionCaller("ed", List.of("reader", "editor", "reader")).groups());
        assertEquals(List.of(), new SessionCaller("r", List.of()).groups());
        assertThrows(IllegalArgumentException.class, () -> new SessionCaller(" ", List.of("reader")));
        assertThrows(NullPointerException.class, () -> new SessionCaller(null, List.of("reader")));
        assertThrows(NullPointerException.class, () -> new SessionCaller("ed", null));
    }
}
