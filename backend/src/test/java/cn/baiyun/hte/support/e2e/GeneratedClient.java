package cn.baiyun.hte.support.e2e;

import java.net.http.HttpRequest;

import cn.baiyun.hte.client.ApiClient;

/** The Java client generated from {@code openapi/portal-api.yaml}, pointed at the end-to-end application. */
public final class GeneratedClient {

    private GeneratedClient() {
    }

    /** A client that sends {@code token} as its bearer token with every request. */
    public static ApiClient withBearer(String token) {
        ApiClient api = new ApiClient();
        api.updateBaseUri(EndToEndPorts.APP_URL);
        api.setRequestInterceptor((HttpRequest.Builder request) -> request.header("Authorization", "Bearer " + token));
        return api;
    }
}
