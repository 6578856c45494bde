package nova.security.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.security.domain.CurrentUser;
import nova.security.domain.Role;
import nova.store.SyncedEntity;

/** A user's identity and role. The password is not here: it exists only as the key that wraps the data key. */
@Entity
@Table(name = "user_account")
public class UserAccountEntity extends SyncedEntity {

    @Column(name = "username", nullable = false)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;
    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected UserAccountEntity() {
    }

    public UserAccountEntity(UUID id, UUID siteId, Instant now, String username, String displayName, Role role) {
        super(id, siteId, now);
        this.username = username;
        this.displayName = displayName;
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    public boolean isActive() {
        return active;
    }

    public Role getRole() {
        return role;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        touch(now);
    }

    public nova.security.domain.UserAccount toAccount() {
        return new nova.security.domain.UserAccount(username, displayName, role, active);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(username, displayName, role);
    }
}
