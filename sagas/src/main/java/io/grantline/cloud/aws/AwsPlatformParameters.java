package io.grantline.cloud.aws;

import io.grantline.cloud.PlatformParameters;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** SSM Parameter Store in the platform's own account. */
public class AwsPlatformParameters implements PlatformParameters {

    private final AwsPlatformClients clients;

    public AwsPlatformParameters(AwsPlatformClients clients) {
        this.clients = clients;
    }

    @Override
    public long put(String name, String value) {
        try {
            return clients.ssm().putParameter(request -> request.name(name).value(value)
                    .type(ParameterType.STRING).overwrite(true)).version();
        } catch (SdkException e) {
            throw AwsErrors.translate("ssm:PutParameter " + name, e);
        }
    }
}
