package io.grantline.api.share;

/** Who a share grants to: a team's environment role or a consumption role (data.all's PrincipalType). */
public enum SharePrincipalType {
    Group, ConsumptionRole
}
