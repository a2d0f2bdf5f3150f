package org.casewatch.store;

import org.casewatch.model.Item;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ItemIdentityTest {

    @Test
    void theContentHashNeverChangesBetweenVersions() {
        // Stored hashes recognise items already seen: if this value changed, an upgrade would alert on old news.
        // Case is folded and runs of ASCII whitespace become one space; a no-break space is kept.
        Item item = new Item("g", "https://h.example/1", "Appeal Date Set",
                "  The court\twill HEAR the case\u00a0of Aidos Temirkhanov.  ", Optional.empty());

        assertThat(ItemIdentity.contentHash(item))
                .isEqualTo("3dbd18566597117452c6fe5bc5f29bbbd7a698e879aedbf80c2ff9ff33c3923c");
    }
}
