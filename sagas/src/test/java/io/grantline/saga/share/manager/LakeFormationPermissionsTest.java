package io.grantline.saga.share.manager;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.share.ShareDataPermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LakeFormationPermissionsTest {

    @Test
    void readDescribesAndSelects() {
        assertThat(LakeFormationPermissions.onTable(List.of(ShareDataPermission.Read)))
                .containsExactly("DESCRIBE", "SELECT");
        assertThat(LakeFormationPermissions.onDatabase(List.of(ShareDataPermission.Read)))
                .containsExactly("DESCRIBE");
    }

    @Test
    void writeAndModifyAddToRead() {
        assertThat(LakeFormationPermissions.onTable(List.of(ShareDataPermission.Write, ShareDataPermission.Modify)))
                .containsExactly("DESCRIBE", "SELECT", "INSERT", "ALTER", "DROP", "DELETE");
        assertThat(LakeFormationPermissions.onDatabase(List.of(ShareDataPermission.Read,
                ShareDataPermission.Write, ShareDataPermission.Modify)))
                .containsExactly("DESCRIBE", "CREATE_TABLE", "ALTER", "DROP");
    }

    @Test
    void allHoldsEveryPermission() {
        assertThat(LakeFormationPermissions.lacking(Set.of("ALL"), List.of("DESCRIBE", "SELECT"))).isEmpty();
        assertThat(LakeFormationPermissions.lacking(Set.of("DESCRIBE"), List.of("DESCRIBE", "SELECT")))
                .containsExactly("SELECT");
    }
}
