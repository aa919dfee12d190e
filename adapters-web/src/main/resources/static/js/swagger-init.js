// Starts Swagger UI on the portal's contract. Kept out of the page so the Content-Security-Policy
// can forbid inline scripts.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.yaml',
    dom_id: '#swagger-ui',
    deepLinking: true
  });
});
